import type {
  ArticleRecord,
  EntityRecord,
  EventRecord,
  EvidenceRecord,
  NoteRecord,
} from './article-schema.ts';
import { dayStartMs } from './calendar-date.ts';
import type { Claim } from './claims.ts';
import { eventKey } from './event-key.ts';

/**
 * An evidence span as the corpus reads it: a record's, or a bundled shard's, which leaves the quote
 * out (it is the article's text from start to end: the build checked it) to be read from the text.
 */
export type SpanInput = Omit<EvidenceRecord, 'quote'> & { quote?: string };

/**
 * An event as the corpus reads it: a record's, or a shard's, whose spans have no quotes and which
 * carries instead the folded words of its quotes (quoteWords) for the text filter.
 */
export type EventInput = Omit<EventRecord, 'evidence'> & {
  evidence: SpanInput[];
  quoteWords?: readonly string[];
};

/**
 * An evidence span with its quote when the corpus has it, and the article whose paragraphs it points
 * into: absent when that is the event's first article (`articleId`), as for every event only one
 * article reports, whose spans are then the record's own (no copy per span). See spanArticle.
 */
export type CorpusEvidence = SpanInput & { article?: string };

/** The article an evidence span of this event points into. */
export function spanArticle(span: CorpusEvidence, event: Pick<CorpusEvent, 'articleId'>): string {
  return span.article ?? event.articleId;
}

/** An event of the loaded corpus with its time as real dates (start inclusive, end exclusive). */
export interface CorpusEvent
  // Version 2's time of day, order, quotes and sources stay in the article's record (and in a merged
  // event's claims, for the time of day): at 100,000 events four more fields per event cost megabytes.
  extends Omit<EventInput, 'evidence' | 'time' | 'order' | 'quotes' | 'sources'> {
  /** The first article that reports it. */
  articleId: string;
  /** Language of that article, for quoting its words. */
  articleLanguage: 'ar' | 'en';
  /**
   * Every article that reports it, first one first (several when linked by sameAs). Shared, frozen,
   * by the events of one article that no other reports.
   */
  articles: readonly string[];
  /**
   * The record ids it also stands for: the events merged into it, and its own record's id when it
   * had to be renamed; so a link to any of them finds it. Empty (shared) for most events.
   */
  aliases: readonly string[];
  /** Evidence from every article that reports it. */
  evidence: CorpusEvidence[];
  /**
   * Start of the first day in ms since the epoch, or null when open towards the past or unknown.
   * (Numbers, not Dates: at 100,000 events the Date objects were 10 MB of the heap.)
   */
  startMs: number | null;
  /** End of the last day (the next midnight) in ms, or null when open towards the future or unknown. */
  endMs: number | null;
  /**
   * What each article says, earliest publication first, when several report it (the fields above are
   * then their summary, see claims-summary.ts); undefined for an event one article reports.
   */
  claims?: readonly Claim[];
}

/** Something about how the records fit together that a reader should know; nothing is dropped for it. */
export interface CorpusProblem {
  article: string;
  path: string;
  message: string;
}

/** Where to fetch the text of an article the corpus keeps without it: the file and its SHA-256. */
export interface TextLocation {
  file: string;
  sha256?: string;
}

/**
 * An article as the corpus keeps it: the record, or for the bundled corpus the record without its
 * paragraphs (`text` says where to fetch them when the article is read) and with the corpus's merged
 * entities in place of its own identical copies.
 */
export type CorpusArticle = Omit<ArticleRecord, 'paragraphs' | 'events'> & { events: EventInput[] } & (
    | { paragraphs: string[]; text?: undefined }
    | { paragraphs: null; text: TextLocation }
  );

/** Whether two records of one entity say the same (the corpus's merged one may hold more). */
/** Whether two records of one entity say the same (then the corpus keeps one object for both). */
export function sameEntity(a: EntityRecord, b: EntityRecord): boolean {
  if (a === b) return true;
  return (
    a.kind === b.kind &&
    a.country === b.country &&
    a.name.ar === b.name.ar &&
    a.name.en === b.name.en &&
    a.short?.ar === b.short?.ar &&
    a.short?.en === b.short?.en &&
    a.variants.length === b.variants.length &&
    a.variants.every((v, i) => v === b.variants[i]) &&
    a.roles.length === b.roles.length &&
    a.roles.every((role, i) => {
      const other = b.roles[i];
      return (
        other !== undefined &&
        role.title.ar === other.title.ar &&
        role.title.en === other.title.en &&
        role.from === other.from &&
        role.to === other.to
      );
    })
  );
}

/**
 * The article kept without its paragraphs, which are fetched from `text` when it is read, and with each
 * entity that says the same as the corpus's merged one replaced by it (one object instead of one copy
 * per article; an entity this article spells or describes differently keeps its own record, so a
 * corpus built again without some other article gives the same entities). At 100,000 events the
 * paragraphs and the per-article entity copies were a third of the heap.
 */
export function withoutText(article: CorpusArticle, text: TextLocation, corpus: Corpus): CorpusArticle {
  const merged = (entity: EntityRecord) => {
    const kept = corpus.entities.get(entity.id);
    return kept && sameEntity(entity, kept) ? kept : entity;
  };
  // A bundled shard's article is already so (its entities are the merged ones): kept as it is,
  // rather than copied again with each of 33,000 articles at 100,000 events.
  if (
    article.paragraphs === null &&
    article.text === text &&
    article.entities.every((e) => merged(e) === e)
  ) {
    return article;
  }
  return { ...article, paragraphs: null, text, entities: article.entities.map(merged) };
}

/** Everything the views need, typed and indexed once at load. */
export interface Corpus {
  articles: CorpusArticle[];
  entities: ReadonlyMap<string, EntityRecord>;
  /** Every event in time order; undated events last. Events linked by sameAs appear once. */
  events: CorpusEvent[];
  /** Every article's notes, each naming its article: note ids are unique within a record only. */
  notes: CorpusNote[];
  problems: CorpusProblem[];
}

/** An outside note as the corpus keeps it, with the article whose record holds it. */
export type CorpusNote = NoteRecord & { article: string };

/** Sort key: the start, else the end, else +∞ so undated events sort last. */
export function eventTime(event: Pick<CorpusEvent, 'startMs' | 'endMs'>): number {
  return event.startMs ?? (event.endMs !== null ? event.endMs - 1 : Number.POSITIVE_INFINITY);
}

/** Chronological order, ties broken by end then id so the order never depends on input order. */
export function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  return (
    eventTime(a) - eventTime(b) ||
    (a.endMs ?? Number.POSITIVE_INFINITY) - (b.endMs ?? Number.POSITIVE_INFINITY) ||
    a.id.localeCompare(b.id)
  );
}

const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * The start of a day in ms, remembered: a few thousand distinct days for a hundred thousand events,
 * each read once.
 */
export function dayStartReader(): (date: string) => number {
  const days = new Map<string, number>();
  return (date) => {
    let ms = days.get(date);
    if (ms === undefined) {
      ms = dayStartMs(date);
      days.set(date, ms);
    }
    return ms;
  };
}

/**
 * The corpus's event for an event one article reports as its record has it (under `id`, which is the
 * record's own unless it had to be renamed).
 */
// One object literal with every field, not a spread: at 100,000 events the spread copy was the
// corpus build's largest cost, and one shape for every event keeps the code that reads them fast.
export function toCorpusEvent(
  article: CorpusArticle,
  articles: readonly string[],
  event: EventInput,
  id: string,
  dayMs: (date: string) => number,
): CorpusEvent {
  const corpusEvent: CorpusEvent = {
    id,
    type: event.type,
    title: event.title,
    participants: event.participants,
    mentions: event.mentions,
    place: event.place,
    status: event.status,
    attribution: event.attribution,
    when: event.when,
    articleId: article.id,
    articleLanguage: article.language,
    articles,
    aliases: id === event.id ? NO_ALIASES : [event.id],
    evidence: event.evidence,
    startMs: event.when.start ? dayMs(event.when.start) : null,
    endMs: event.when.end ? dayMs(event.when.end) + 86_400_000 : null,
    // In the literal, even when absent: added later they moved every event's fields out of line.
    sameAs: event.sameAs,
    quoteWords: event.quoteWords,
    claims: undefined,
  };
  return corpusEvent;
}

// Built the first time an event is looked up by id, not at load: most visits select a few events.
const lookups = new WeakMap<Corpus, { byId: Map<string, CorpusEvent>; byAlias: Map<string, CorpusEvent> }>();

/** The event a link names, by its id or the id of any event merged into it (ids first). */
export function findEvent(corpus: Corpus, id: string | null): CorpusEvent | null {
  if (!id) return null;
  let lookup = lookups.get(corpus);
  if (!lookup) {
    lookup = { byId: new Map(), byAlias: new Map() };
    for (const event of corpus.events) {
      if (!lookup.byId.has(event.id)) lookup.byId.set(event.id, event);
      for (const alias of event.aliases) if (!lookup.byAlias.has(alias)) lookup.byAlias.set(alias, event);
    }
    lookups.set(corpus, lookup);
  }
  return lookup.byId.get(id) ?? lookup.byAlias.get(id) ?? null;
}

/** The events of the records an event stands for, by eventKey (a record's ids are its own). */
export function recordKeys(event: CorpusEvent): string[] {
  if (event.claims) return event.claims.map((c) => eventKey(c.article, c.event));
  // An event kept apart under "article:id" has its record's id as its one alias.
  return [eventKey(event.articleId, event.aliases[0] ?? event.id)];
}

/**
 * The outside notes about one event (or any event merged into it), in corpus order: a note is about
 * the events of its own article, so two records' notes never cross.
 */
export function notesFor(corpus: Corpus, eventId: string): CorpusNote[] {
  const event = findEvent(corpus, eventId);
  if (!event) return [];
  const keys = new Set(recordKeys(event));
  return corpus.notes.filter((note) => note.about.events.some((id) => keys.has(eventKey(note.article, id))));
}

/** The note an event's outside date cites: in the article of the claim that gave the date. */
export function outsideNote(corpus: Corpus, event: CorpusEvent): CorpusNote | undefined {
  const note = event.when.outside?.note;
  if (!note) return undefined;
  const article = event.claims?.find((c) => c.when === event.when)?.article ?? event.articleId;
  return corpus.notes.find((n) => n.article === article && n.id === note);
}

/**
 * The article the reader shows: the one the article filter names; else the selected event's (its first
 * article among those the filter allows); else the filter's first; else the corpus's first.
 */
export function readerArticle(
  corpus: Corpus,
  chosen: readonly string[],
  selected: CorpusEvent | null,
): CorpusArticle | undefined {
  const allowed = (id: string) => chosen.length === 0 || chosen.includes(id);
  const id = chosen.length === 1 ? chosen[0] : (selected?.articles.find(allowed) ?? chosen[0]);
  // Nothing chosen is the common case, and the workspace asks at every render, several per filter
  // change: scanning the 33,000 articles of the 100,000-event benchmark corpus for no id each time
  // was 8 ms of a profiled person filter.
  return (id === undefined ? undefined : corpus.articles.find((a) => a.id === id)) ?? corpus.articles[0];
}
