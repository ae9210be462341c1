import type { EntityRecord } from '../article-schema.ts';
import { type Claim, type ClaimField, claimDisagreements } from '../claims.ts';
import { type CorpusArticle, type CorpusEvent, spanArticle } from '../corpus.ts';

const rowClaim = (c: Claim): RowClaim => ({
  event: c.event,
  type: c.type,
  status: c.status,
  start: c.when.start,
  end: c.when.end,
  certainty: c.when.certainty,
  asWritten: c.when.text,
  place: c.place,
  participants: c.participants.map((p) => ({ id: p.entity, role: p.role })),
});

/** A name in both interface languages. */
export interface Names {
  ar: string;
  en: string;
}

/** An article that reports an event: where a reader can check it. */
export interface RowArticle {
  id: string;
  outlet: Names;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  url: string | null;
  /** What this article says, when several report the event (see claims.ts). */
  claim?: RowClaim;
}

/** One article's claim about an event several report, as the exports write it. */
export interface RowClaim {
  /** The event's id in that article's record. */
  event: string;
  type: string;
  status: string;
  start: string | null;
  end: string | null;
  certainty: string;
  asWritten: string | null;
  place: Names | null;
  participants: { id: string; role: string }[];
}

/** One event as every tabular export writes it (CSV, JSON, and the calendar reads it too). */
export interface ExportRow {
  id: string;
  /** The first article's own id of the event, for identifiers that must not change (calendar UIDs). */
  recordId: string;
  title: Names;
  type: string;
  start: string | null;
  end: string | null;
  precision: string;
  certainty: string;
  status: string;
  /** The date expression exactly as written, or null when the text gives none. */
  asWritten: string | null;
  participants: { id: string; name: Names; role: string }[];
  place: Names | null;
  articles: RowArticle[];
  /** The fields in which the articles' claims differ, when several report it. */
  disagreements?: ClaimField[];
  /** The sentences that report it, each with its article; empty text when that article's text is unknown. */
  evidence: { article: string; quote: string }[];
}

/** What the rows are made from: the corpus's entities and articles (with paragraphs when quotes are missing). */
export interface RowSources {
  entities: ReadonlyMap<string, EntityRecord>;
  articles: readonly Pick<CorpusArticle, 'id' | 'source' | 'published' | 'paragraphs'>[];
}

/** The rows of the given events, in the order given (the corpus's time order). */
export function exportRows(events: readonly CorpusEvent[], sources: RowSources): ExportRow[] {
  const articles = new Map(sources.articles.map((a) => [a.id, a]));
  const quoteOf = (event: CorpusEvent, span: CorpusEvent['evidence'][number]) => {
    if (span.quote !== undefined) return span.quote;
    // Bundled shards leave quotes out: the article's text, when given, holds them.
    const paragraph = articles.get(spanArticle(span, event))?.paragraphs?.[span.paragraph];
    return paragraph?.slice(span.start, span.end) ?? '';
  };
  return events.map((event) => ({
    id: event.id,
    // A renamed event is "article:id" (ids hold no colon): its record's own id follows the colon.
    recordId: event.id.slice(event.id.indexOf(':') + 1),
    title: event.title,
    type: event.type,
    start: event.when.start,
    end: event.when.end,
    precision: event.when.precision,
    certainty: event.when.certainty,
    status: event.status,
    asWritten: event.when.text,
    participants: event.participants.map((p) => ({
      id: p.entity,
      name: sources.entities.get(p.entity)?.name ?? { ar: p.entity, en: p.entity },
      role: p.role,
    })),
    place: event.place,
    articles: event.articles.map((id) => {
      const article = articles.get(id);
      // An article may report the event twice (two of its events linked to one): its first claim.
      const claim = event.claims?.find((c) => c.article === id);
      return {
        id,
        outlet: article?.source.name ?? { ar: id, en: id },
        published: article?.published.date ?? '',
        url: article?.source.url ?? null,
        ...(claim ? { claim: rowClaim(claim) } : {}),
      };
    }),
    ...(event.claims ? { disagreements: claimDisagreements(event.claims) } : {}),
    evidence: event.evidence.map((span) => ({
      article: spanArticle(span, event),
      quote: quoteOf(event, span),
    })),
  }));
}
