import type {
  ArticleRecord,
  EntityRecord,
  EventRecord,
  EvidenceRecord,
  NoteRecord,
} from './article-schema.ts';
import { dayEnd, dayStart } from './calendar-date.ts';

/** An evidence span and the article whose paragraphs it points into. */
export interface CorpusEvidence extends EvidenceRecord {
  article: string;
}

/** An event of the loaded corpus with its time as real dates (start inclusive, end exclusive). */
export interface CorpusEvent extends Omit<EventRecord, 'evidence'> {
  /** The first article that reports it. */
  articleId: string;
  /** Language of that article, for quoting its words. */
  articleLanguage: 'ar' | 'en';
  /** Every article that reports it, first one first (several when linked by sameAs). */
  articles: string[];
  /** Its id and the ids of the events merged into it, so a link to any of them finds it. */
  aliases: string[];
  /** Evidence from every article that reports it. */
  evidence: CorpusEvidence[];
  /** Start of the first day, or null when open towards the past or unknown. */
  start: Date | null;
  /** End of the last day (the next midnight), or null when open towards the future or unknown. */
  end: Date | null;
}

/** Something about how the records fit together that a reader should know; nothing is dropped for it. */
export interface CorpusProblem {
  article: string;
  path: string;
  message: string;
}

/** Everything the views need, typed and indexed once at load. */
export interface Corpus {
  articles: ArticleRecord[];
  entities: ReadonlyMap<string, EntityRecord>;
  /** Every event in time order; undated events last. Events linked by sameAs appear once. */
  events: CorpusEvent[];
  notes: NoteRecord[];
  problems: CorpusProblem[];
}

/** Sort key: the start, else the end, else +∞ so undated events sort last. */
export function eventTime(event: Pick<CorpusEvent, 'start' | 'end'>): number {
  return event.start?.getTime() ?? (event.end ? event.end.getTime() - 1 : Number.POSITIVE_INFINITY);
}

/** Chronological order, ties broken by end then id so the order never depends on input order. */
export function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  return (
    eventTime(a) - eventTime(b) ||
    (a.end?.getTime() ?? Number.POSITIVE_INFINITY) - (b.end?.getTime() ?? Number.POSITIVE_INFINITY) ||
    a.id.localeCompare(b.id)
  );
}

function toCorpusEvent(article: ArticleRecord, event: EventRecord, id: string): CorpusEvent {
  return {
    ...event,
    id,
    articleId: article.id,
    articleLanguage: article.language,
    articles: [article.id],
    aliases: [event.id],
    evidence: event.evidence.map((span) => ({ ...span, article: article.id })),
    start: event.when.start ? dayStart(event.when.start) : null,
    end: event.when.end ? dayEnd(event.when.end) : null,
  };
}

/** The same entity from several articles: the first record's names, every spelling and role. */
function mergeEntity(first: EntityRecord, other: EntityRecord): EntityRecord {
  const roles = [...first.roles];
  for (const role of other.roles)
    if (!roles.some((r) => JSON.stringify(r) === JSON.stringify(role))) roles.push(role);
  return {
    ...first,
    short: first.short ?? other.short,
    country: first.country ?? other.country,
    variants: [...new Set([...first.variants, ...other.variants])],
    roles,
  };
}

/**
 * Builds the typed corpus from validated records. Entities with the same id are one entity; events
 * linked by sameAs (either way round) become one event with every article's evidence. An event id
 * already taken by another article's unlinked event is kept apart as "article:id", with a problem.
 */
export function buildCorpus(articles: ArticleRecord[]): Corpus {
  const entities = new Map<string, EntityRecord>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const known = entities.get(entity.id);
      entities.set(entity.id, known ? mergeEntity(known, entity) : entity);
    }
  }
  const problems: CorpusProblem[] = [];
  const byKey = new Map<string, CorpusEvent>();
  // Who links to whom, both ways, so a later article's event finds an earlier one that named it.
  const linkedFrom = new Map<string, string[]>();
  for (const article of articles) {
    for (const event of article.events) {
      for (const link of event.sameAs ?? []) {
        const target = `${link.article}/${link.event}`;
        linkedFrom.set(target, [...(linkedFrom.get(target) ?? []), `${article.id}/${event.id}`]);
      }
    }
  }
  const taken = new Set<string>();
  const events: CorpusEvent[] = [];
  articles.forEach((article) => {
    article.events.forEach((event, index) => {
      const linked = (event.sameAs ?? [])
        .map((link) => byKey.get(`${link.article}/${link.event}`))
        .find(Boolean);
      const earlier =
        linked ??
        (linkedFrom.get(`${article.id}/${event.id}`) ?? []).map((key) => byKey.get(key)).find(Boolean);
      if (earlier) {
        earlier.articles.push(article.id);
        earlier.aliases.push(event.id);
        earlier.evidence.push(...event.evidence.map((span) => ({ ...span, article: article.id })));
        byKey.set(`${article.id}/${event.id}`, earlier);
        return;
      }
      let id = event.id;
      if (taken.has(id)) {
        id = `${article.id}:${event.id}`;
        problems.push({
          article: article.id,
          path: `events.${index}.id`,
          message: `event id "${event.id}" is also used by another article; shown as "${id}"`,
        });
      }
      taken.add(id);
      const corpusEvent = toCorpusEvent(article, event, id);
      byKey.set(`${article.id}/${event.id}`, corpusEvent);
      events.push(corpusEvent);
    });
  });
  const ids = new Set(articles.map((a) => a.id));
  articles.forEach((article) => {
    article.events.forEach((event, index) => {
      (event.sameAs ?? []).forEach((link, i) => {
        if (ids.has(link.article) && !byKey.has(`${link.article}/${link.event}`)) {
          problems.push({
            article: article.id,
            path: `events.${index}.sameAs.${i}`,
            message: `article "${link.article}" has no event "${link.event}"`,
          });
        }
      });
    });
  });
  return {
    articles,
    entities,
    events: events.sort(compareEvents),
    notes: articles.flatMap((a) => a.notes),
    problems,
  };
}

/** The event a link names, by its id or the id of any event merged into it. */
export function findEvent(corpus: Corpus, id: string | null): CorpusEvent | null {
  if (!id) return null;
  return corpus.events.find((e) => e.id === id) ?? corpus.events.find((e) => e.aliases.includes(id)) ?? null;
}

/** The outside notes about one event (or any event merged into it), in record order. */
export function notesFor(corpus: Corpus, eventId: string): NoteRecord[] {
  const event = findEvent(corpus, eventId);
  const ids = event ? [event.id, ...event.aliases] : [eventId];
  return corpus.notes.filter((note) => note.about.events.some((id) => ids.includes(id)));
}
