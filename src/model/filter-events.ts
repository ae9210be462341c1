import type { Certainty, EventType, Status } from './article-schema.ts';
import { dayEnd, dayStart } from './calendar-date.ts';
import type { CorpusEvent } from './corpus.ts';
import {
  CERTAINTY_CODES,
  type FilterIndex,
  STATUS_CODES,
  TYPE_CODES,
  type WordIndex,
  wordsHolding,
} from './filter-index.ts';
import { decodePostings } from './postings.ts';
import { queryWords } from './search-text.ts';

/** What the reader has narrowed the corpus to; an empty list or null bound means "no restriction". */
export interface FilterState {
  articles: string[];
  persons: string[];
  personMode: 'any' | 'all';
  types: EventType[];
  /** First day of the window, YYYY-MM-DD inclusive. */
  from: string | null;
  /** Last day of the window, YYYY-MM-DD inclusive. */
  to: string | null;
  countries: string[];
  statuses: Status[];
  certainties: Certainty[];
  q: string;
}

/** The filter that keeps every event (person mode "any"). */
export const NO_FILTER: FilterState = {
  articles: [],
  persons: [],
  personMode: 'any',
  types: [],
  from: null,
  to: null,
  countries: [],
  statuses: [],
  certainties: [],
  q: '',
};

// Keeps only events that appear in at least one of the lists: a pass over the lists, not over every
// event (the first person filter of a session ran that pass over 100,000 events before the engine had
// optimised it: 7 ms).
function restrict(keep: Uint8Array, lists: readonly Int32Array[]) {
  const kept = new Uint8Array(keep.length);
  for (const list of lists) {
    for (let j = 0; j < list.length; j++) {
      const i = list[j] as number;
      kept[i] = keep[i] as number;
    }
  }
  keep.set(kept);
}

const listsFor = (map: ReadonlyMap<string, Int32Array>, keys: readonly string[]) =>
  keys.flatMap((key) => map.get(key) ?? []);

// A query word matches inside a text word ("كيري" in "وكيري"), so every vocabulary word holding it
// counts; a word of a participant's name brings that participant's events.
function wordLists(index: FilterIndex, word: string): Int32Array[] {
  const lists: Int32Array[] = [];
  if (!index.words) return lists;
  const { vocabulary, wordStarts, postingStarts, postings, names } = index.words;
  for (const w of wordsHolding(names.vocabulary, names.wordStarts, word)) {
    for (const id of names.entities[w] ?? []) {
      const events = index.byEntity.get(id);
      if (events) lists.push(events);
    }
  }
  for (const w of wordsHolding(vocabulary, wordStarts, word)) {
    lists.push(decodePostings(postings, postingStarts[w] as number, postingStarts[w + 1] as number));
  }
  return lists;
}

const bits = <T extends string>(values: readonly T[], table: ReadonlyMap<T, number>) =>
  values.reduce((mask, v) => mask | (1 << (table.get(v) ?? 31)), 0);

// The events a text query matches, for the last few queries of each word index: one change of the query
// is read by the list's filter, the timeline's and the facet counts' alike, and was decoded three times.
const textMasks = new WeakMap<WordIndex, Map<string, Uint8Array>>();
const RECENT_QUERIES = 4;

function textMask(index: FilterIndex, q: string): Uint8Array | null {
  const words = queryWords(q);
  if (!index.words || words.length === 0) return null;
  let masks = textMasks.get(index.words);
  if (!masks) {
    masks = new Map();
    textMasks.set(index.words, masks);
  }
  const key = words.join(' ');
  let mask = masks.get(key);
  if (!mask) {
    mask = new Uint8Array(index.events.length).fill(1);
    for (const word of words) restrict(mask, wordLists(index, word));
    masks.set(key, mask);
    if (masks.size > RECENT_QUERIES) masks.delete(masks.keys().next().value as string);
  }
  return mask;
}

/** One flag per event: 1 when it passes every filter. A text query waits for the word index. */
export function matching(index: FilterIndex, filter: FilterState): Uint8Array {
  const n = index.events.length;
  const keep = new Uint8Array(n).fill(1);
  const text = textMask(index, filter.q);
  if (text) keep.set(text);
  if (filter.personMode === 'all') {
    for (const person of filter.persons) restrict(keep, listsFor(index.byEntity, [person]));
  } else if (filter.persons.length > 0) restrict(keep, listsFor(index.byEntity, filter.persons));
  if (filter.countries.length > 0) restrict(keep, listsFor(index.byCountry, filter.countries));
  if (filter.articles.length > 0) restrict(keep, listsFor(index.byArticle, filter.articles));
  const types = bits(filter.types, TYPE_CODES);
  const statuses = bits(filter.statuses, STATUS_CODES);
  const certainties = bits(filter.certainties, CERTAINTY_CODES);
  const dates = filter.from !== null || filter.to !== null;
  const lo = filter.from ? dayStart(filter.from).getTime() : Number.NEGATIVE_INFINITY;
  const hi = filter.to ? dayEnd(filter.to).getTime() : Number.POSITIVE_INFINITY;
  const { starts, ends, dated } = index;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const pass =
      (types === 0 || (types >> (index.types[i] ?? 0)) & 1) &&
      (statuses === 0 || (statuses >> (index.statuses[i] ?? 0)) & 1) &&
      (certainties === 0 || (certainties >> (index.certainties[i] ?? 0)) & 1) &&
      (!dates || (dated[i] === 1 && (starts[i] ?? 0) < hi && (ends[i] ?? 0) > lo));
    if (!pass) keep[i] = 0;
  }
  return keep;
}

/**
 * The events that pass every filter, in corpus time order. The rules, as shown to readers:
 * - Persons, "any": the event has at least one of the chosen persons among its participants.
 * - Persons, "all": every chosen person is a participant of the event.
 * - Dates: an event counts when its time overlaps the days from–to, both included. An open start means
 *   "from the distant past", an open end "into the future"; an event with no known date is left out
 *   whenever a date is set.
 * - Country: at least one participant is from one of the chosen countries.
 * - Type, status, certainty, article: the event has one of the chosen values.
 * - Text: every word of the query occurs in the event's titles, place, date as written, evidence or
 *   participants' names, ignoring diacritics, hamza and alef forms, ى/ي, ة/ه, digit style and case.
 * An empty choice leaves that filter out; different filters must all hold.
 */
export function filterEvents(index: FilterIndex, filter: FilterState): CorpusEvent[] {
  const keep = matching(index, filter);
  const shown = index.events.filter((_, i) => keep[i] === 1);
  masks.set(shown, { events: index.events, keep });
  return shown;
}

// The mask each result of filterEvents was made from, by the result: whether an article's events are
// kept is then looked up (a few) rather than read from every event shown (1.5 ms of a click at
// 100,000 events, for the 21,000 of one person).
const masks = new WeakMap<CorpusEvent[], { events: readonly CorpusEvent[]; keep: Uint8Array }>();

/** True when a text query is set but the word index is not built yet, so the text is not applied. */
export function textPending(index: FilterIndex, filter: FilterState): boolean {
  return index.words === null && queryWords(filter.q).length > 0;
}

/**
 * The events of one article that the filters keep, in time order. Found through the filter index's
 * list of the article's events: reading the articles of every event shown took 14 ms a click at
 * 100,000 events, most of removing a person's filter. `shown` is what filterEvents gave for `index`.
 */
export function articleEventsShown(
  index: FilterIndex,
  shown: CorpusEvent[],
  articleId: string,
): CorpusEvent[] {
  const at = index.byArticle.get(articleId) ?? [];
  const own = Array.from(at, (i) => index.events[i] as CorpusEvent);
  // Nothing filtered out (shown keeps the index's order): the article's own events as they are.
  if (shown.length === index.events.length) return own;
  const mask = masks.get(shown);
  if (mask?.events === index.events) return own.filter((_, k) => mask.keep[at[k] as number] === 1);
  const mine = new Set(own);
  return shown.filter((event) => mine.has(event));
}
