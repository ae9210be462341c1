import type { ArticleRecord, EntityRecord, EventRecord, NoteRecord } from './article-schema.ts';
import { dayEnd, dayStart } from './calendar-date.ts';

/** An event of the loaded corpus with its time as real dates (start inclusive, end exclusive). */
export interface CorpusEvent extends EventRecord {
  articleId: string;
  /** Language of the reporting article, for quoting its words. */
  articleLanguage: 'ar' | 'en';
  /** Start of the first day, or null when open towards the past or unknown. */
  start: Date | null;
  /** End of the last day (the next midnight), or null when open towards the future or unknown. */
  end: Date | null;
}

/** Everything the views need, typed and indexed once at load. */
export interface Corpus {
  articles: ArticleRecord[];
  entities: ReadonlyMap<string, EntityRecord>;
  /** Every event in time order; undated events last. */
  events: CorpusEvent[];
  notes: NoteRecord[];
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

function toCorpusEvent(article: ArticleRecord, event: EventRecord): CorpusEvent {
  return {
    ...event,
    articleId: article.id,
    articleLanguage: article.language,
    start: event.when.start ? dayStart(event.when.start) : null,
    end: event.when.end ? dayEnd(event.when.end) : null,
  };
}

/** Builds the typed corpus from validated records; entities with the same id are one entity. */
export function buildCorpus(articles: ArticleRecord[]): Corpus {
  const entities = new Map<string, EntityRecord>();
  for (const article of articles) {
    for (const entity of article.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  const events = articles.flatMap((a) => a.events.map((e) => toCorpusEvent(a, e))).sort(compareEvents);
  return { articles, entities, events, notes: articles.flatMap((a) => a.notes) };
}

/** The outside notes about one event, in record order. */
export function notesFor(corpus: Corpus, eventId: string): NoteRecord[] {
  return corpus.notes.filter((note) => note.about.events.includes(eventId));
}
