import type { Claim } from './claims.ts';
import { publicationMs } from './claims.ts';
import { type ClaimSummary, summariseClaims } from './claims-summary.ts';
import type { CorpusArticle, CorpusEvent } from './corpus.ts';
import { distinct } from './distinct.ts';

/** The claims of the events linked to one group, while the corpus is built. */
export interface Group {
  event: CorpusEvent;
  claims: Claim[];
  /** The quote words of each report that has them (undefined when none has). */
  quoteWords: (readonly string[])[] | undefined;
}

/**
 * Gives a merged event its claims and the summary value of each field (claims-summary.ts): the one
 * given, made by a choice the build shipped, or else summariseClaims's.
 */
export function settle(
  { event, claims, quoteWords }: Group,
  dayMs: (date: string) => number,
  summary: ClaimSummary = summariseClaims(claims),
): void {
  const { when } = summary;
  event.claims = claims;
  event.articles = distinct([claims.map((c) => c.article)]);
  event.aliases = distinct([claims.map((c) => c.event)]).filter((id) => id !== event.id);
  event.evidence = claims.flatMap((c) => c.evidence);
  event.type = summary.type;
  event.title = summary.title;
  event.status = summary.status;
  event.when = when;
  event.place = summary.place;
  event.participants = summary.participants;
  event.mentions = summary.mentions;
  event.attribution = summary.attribution;
  event.startMs = when.start ? dayMs(when.start) : null;
  event.endMs = when.end ? dayMs(when.end) + 86_400_000 : null;
  event.quoteWords = quoteWords ? distinct(quoteWords) : undefined;
}

/** The order the corpus reads articles in: earliest publication first, ties by id (never load order). */
export function canonicalOrder(articles: readonly CorpusArticle[]): { article: CorpusArticle; ms: number }[] {
  return articles
    .map((article) => ({ article, ms: publicationMs(article.published) }))
    .sort((a, b) => a.ms - b.ms || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
}
