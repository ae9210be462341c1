import type { EntityRecord, EventRecord } from './article-schema.ts';
import type { Corpus, CorpusEvent } from './corpus.ts';
import { encodePostings } from './postings.ts';
import { foldForSearch } from './search-text.ts';
import { withRoom } from './typed-arrays.ts';
import { CERTAINTIES, EVENT_TYPES, STATUSES } from './vocabulary.ts';

/** What filtering needs, computed once per corpus; arrays are indexed by position in `events`. */
export interface FilterIndex {
  events: readonly CorpusEvent[];
  /** Start in ms, −∞ when open towards the past. */
  starts: Float64Array;
  /** Exclusive end in ms, +∞ when open towards the future. */
  ends: Float64Array;
  /** 1 when the event has at least one date bound. */
  dated: Uint8Array;
  /** Events of each article, ascending; an event reported by several articles is in each list. */
  byArticle: ReadonlyMap<string, Int32Array>;
  types: Uint8Array;
  statuses: Uint8Array;
  certainties: Uint8Array;
  /** Every participant country (ISO code), in the order first met: a country's number is its place here. */
  countries: readonly string[];
  /**
   * Distinct participant countries of each event, by number: event i's are
   * eventCountries[countryStarts[i]] up to countryStarts[i + 1] (one flat list, not 100,000 arrays).
   */
  countryStarts: Int32Array;
  eventCountries: Uint16Array;
  byEntity: ReadonlyMap<string, Int32Array>;
  byCountry: ReadonlyMap<string, Int32Array>;
  /** The free-text index, or null while it is still being built (see wordIndexSteps). */
  words: WordIndex | null;
}

/**
 * Every folded word of the events' own search texts with the events that hold it, and every folded
 * word of the participants' names with the entities whose names hold it: an event's participants'
 * names are found through its entities (byEntity), not written again for every event (at 100,000
 * events most of the index).
 */
export interface WordIndex {
  /** Every distinct folded word of the events' own texts, each followed by a newline. */
  vocabulary: string;
  /** Where each word starts in `vocabulary`, plus its length as a last entry. */
  wordStarts: Int32Array;
  /** Word w's events, ascending, are encoded in postings[postingStarts[w]] up to postingStarts[w + 1]. */
  postingStarts: Int32Array;
  /** See postings.ts: a quarter of the room of the same lists as Int32Array. */
  postings: Uint8Array;
  /** Each folded word of the participants' names, with the ids of the entities whose names hold it. */
  names: NameWords;
}

/** Folded name words as one searchable text (as WordIndex's vocabulary), each with its entities. */
export interface NameWords {
  vocabulary: string;
  wordStarts: Int32Array;
  /** entities[w]: the ids of the entities whose names hold word w. */
  entities: readonly (readonly string[])[];
}

/** The words of `vocabulary` that hold `word`, by number: indexOf over one string, not a loop per word. */
export function wordsHolding(vocabulary: string, wordStarts: Int32Array, word: string): number[] {
  const found: number[] = [];
  for (let at = vocabulary.indexOf(word); at >= 0; ) {
    let lo = 0;
    let hi = wordStarts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((wordStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    found.push(lo);
    at = vocabulary.indexOf(word, wordStarts[lo + 1] as number);
  }
  return found;
}

/** Words in one string, each followed by a newline, and where each starts (plus the end). */
function vocabularyOf(words: readonly string[]): { vocabulary: string; wordStarts: Int32Array } {
  const wordStarts = new Int32Array(words.length + 1);
  words.forEach((word, w) => {
    wordStarts[w + 1] = (wordStarts[w] as number) + word.length + 1;
  });
  return { vocabulary: words.map((w) => `${w}\n`).join(''), wordStarts };
}

export const codes = <T extends string>(values: readonly T[]) => new Map(values.map((v, i) => [v, i]));
export const TYPE_CODES = codes(EVENT_TYPES);
export const STATUS_CODES = codes(STATUSES);
export const CERTAINTY_CODES = codes(CERTAINTIES);

/** The words of an event's own fields but its evidence: titles, place, date as written. */
const fieldsText = (event: Pick<CorpusEvent, 'title' | 'place' | 'when'>) =>
  [event.title.ar, event.title.en, event.place?.ar ?? '', event.place?.en ?? '', event.when.text ?? ''].join(
    '\n',
  );

/** An event's own text as the word index reads it: fields, the evidence's quotes, or (bundled shards, which leave the quotes out) their words. */
export const eventOwnText = (event: CorpusEvent): string =>
  [
    fieldsText(event),
    ...event.evidence.map((e) => e.quote ?? ''),
    ...(event.quoteWords ? [event.quoteWords.join(' ')] : []),
  ].join('\n');
const namesText = (entity: EntityRecord) => [entity.name.ar, entity.name.en, ...entity.variants].join('\n');

/** The text free-text search reads: titles, place, date as written, evidence, participants' names. */
export function eventSearchText(event: CorpusEvent, entities: ReadonlyMap<string, EntityRecord>): string {
  const names = event.participants.flatMap((p) => {
    const entity = entities.get(p.entity);
    return entity ? [namesText(entity)] : [];
  });
  return [eventOwnText(event), ...names].join('\n');
}

// Splitting at spaces alone is enough: a query word holds only letters and digits, so it occurs in the
// folded text exactly when it occurs inside one space-separated token, punctuation and all.
const tokens = (text: string) => foldForSearch(text).split(' ');

/**
 * The distinct folded words of an event's quotes that its titles, place and date as written, and
 * its participants' names (from `entities`, the article's: the corpus's merged ones hold at least
 * those), do not already hold: what the build keeps in a shard instead of the quotes, for the text
 * filter, which finds the rest through those fields.
 */
export function quoteWordsOf(
  event: EventRecord,
  entities: ReadonlyMap<string, EntityRecord> = new Map(),
): string[] {
  const own = new Set(tokens(fieldsText(event)));
  for (const { entity } of event.participants) {
    const record = entities.get(entity);
    if (record) for (const word of tokens(namesText(record))) own.add(word);
  }
  const words = new Set(tokens(event.evidence.map((span) => span.quote).join('\n')));
  return [...words].filter((word) => word !== '' && !own.has(word));
}

/**
 * Each key's events, ascending, from (key, event) pairs added in event order: millions of pairs go into
 * two flat typed arrays and are sorted into one list per key at the end, all in one buffer. One growing
 * JS array per key made a 100,000-event build markedly slower and heavier on the heap (and one
 * Int32Array per article at the end, 33,000 buffers). `room` is how many pairs fit before they grow.
 */
export function postingsBuilder(room = 1 << 16) {
  const ids = new Map<string, number>();
  const lastEvent: number[] = [];
  let keyOf = new Int32Array(Math.max(16, room));
  let eventOf = new Int32Array(Math.max(16, room));
  let size = 0;
  return {
    /** Adds the pair unless the key has this event already (its last); gives the key's number. */
    add(key: string, event: number): number {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        lastEvent.push(-1);
      }
      if (lastEvent[id] === event) return id;
      lastEvent[id] = event;
      if (size === keyOf.length) {
        keyOf = withRoom(keyOf, keyOf.length * 2);
        eventOf = withRoom(eventOf, eventOf.length * 2);
      }
      keyOf[size] = id;
      eventOf[size++] = event;
      return id;
    },
    /** The keys in the order first added; key k's events are events[starts[k]] up to starts[k + 1]. */
    finish(): { keys: string[]; starts: Int32Array<ArrayBuffer>; events: Int32Array<ArrayBuffer> } {
      const keys = [...ids.keys()];
      const starts = new Int32Array(keys.length + 1);
      for (let p = 0; p < size; p++) bump(starts, (keyOf[p] as number) + 1, 1);
      for (let k = 1; k <= keys.length; k++) bump(starts, k, starts[k - 1] ?? 0);
      const next = starts.slice(0, keys.length);
      const events = new Int32Array(size);
      // Pairs were added in event order, so each key's events come out ascending.
      for (let p = 0; p < size; p++) {
        const id = keyOf[p] as number;
        events[next[id] as number] = eventOf[p] as number;
        bump(next, id, 1);
      }
      return { keys, starts, events };
    },
  };
}

/** Each key's events as a view into the one buffer postingsBuilder wrote. */
function listsOf({ keys, starts, events }: ReturnType<ReturnType<typeof postingsBuilder>['finish']>) {
  return new Map(keys.map((key, k) => [key, events.subarray(starts[k], starts[k + 1])]));
}

// The word index's postings: word numbers in the order first met, encoded (postings.ts).
function wordIndexBuilder() {
  const pairs = postingsBuilder();
  const add = (word: string, event: number) => {
    if (word !== '') pairs.add(word, event);
  };
  const finish = () => {
    const { keys, starts, events } = pairs.finish();
    const { bytes, byteStarts } = encodePostings(starts, events);
    return {
      ...vocabularyOf(keys),
      postingStarts: byteStarts,
      postings: bytes,
    };
  };
  return { add, finish };
}

const bump = (array: Int32Array, i: number, by: number) => {
  array[i] = (array[i] ?? 0) + by;
};

/**
 * Every event's participants as numbers, in the order listed, for the participant graph's index
 * (participant-index.ts orders and de-duplicates them). The filter index writes them while it reads
 * the participants anyway: numbering them again from the objects (200,000 at 100,000 events) was one
 * task of 110 to 180 ms before the first graph could be built.
 */
export interface ParticipantListings {
  /** Entity ids in the order first met: a listing's entity is ids[listing >> 1]. */
  ids: readonly string[];
  /** Event i's listings are listings[starts[i]] up to listings[starts[i + 1]]. */
  starts: Int32Array;
  /** Each participant as listed: its entity's number × 2, plus 1 for an initiator. */
  listings: Int32Array;
  /** Each event's type, as its place in EVENT_TYPES. */
  types: Uint8Array;
}

/**
 * The participant listings of the events a filter index was built for, until the graph's index takes
 * them (participant-index.ts). Plain, in the first bundle: the code that reads them loads with the graph.
 */
export const participantListings = new WeakMap<readonly CorpusEvent[], ParticipantListings>();

/**
 * Precomputes dates, codes, participant and country lists for filterEvents. The word index is built
 * here too unless `words` is false (default true): at 100,000 events it takes seconds, so the app
 * builds it in slices with wordIndexSteps after the first draw.
 */
export function createFilterIndex(corpus: Corpus, { words = true }: { words?: boolean } = {}): FilterIndex {
  const { events, entities } = corpus;
  const n = events.length;
  const index = {
    events,
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    dated: new Uint8Array(n),

    types: new Uint8Array(n),
    statuses: new Uint8Array(n),
    certainties: new Uint8Array(n),
    countryStarts: new Int32Array(n + 1),
  };
  const countries: string[] = [];
  const countryNumbers = new Map<string, number>();
  // Each entity's country number by the entity's number in byEntity (−1 for none), looked up once per
  // entity rather than once per participant (200,000 at 100,000 events).
  const countryOfEntity: number[] = [];
  const countryNumber = (entity: string) => {
    const country = entities.get(entity)?.country;
    if (!country) return -1;
    let number = countryNumbers.get(country);
    if (number === undefined) {
      number = countries.push(country) - 1;
      countryNumbers.set(country, number);
    }
    return number;
  };
  const eventCountries: number[] = [];
  // Room for two participants and countries and one article an event, so few lists grow while filled
  // (copying them as they grew was 12 ms of a traced 100,000-event index).
  const byEntity = postingsBuilder(2 * n);
  const byArticle = postingsBuilder(n);
  const byCountry = postingsBuilder(2 * n);
  const listings: number[] = [];
  const listingStarts = new Int32Array(n + 1);
  events.forEach((event, i) => {
    index.starts[i] = event.startMs ?? Number.NEGATIVE_INFINITY;
    index.ends[i] = event.endMs ?? Number.POSITIVE_INFINITY;
    index.dated[i] = event.startMs !== null || event.endMs !== null ? 1 : 0;
    for (const article of event.articles) byArticle.add(article, i);
    index.types[i] = TYPE_CODES.get(event.type) ?? 0;
    index.statuses[i] = STATUS_CODES.get(event.status) ?? 0;
    index.certainties[i] = CERTAINTY_CODES.get(event.when.certainty) ?? 0;
    const first = eventCountries.length;
    for (const { entity, role } of event.participants) {
      const id = byEntity.add(entity, i);
      listings.push(id * 2 + (role === 'initiator' ? 1 : 0));
      let number = countryOfEntity[id];
      if (number === undefined) {
        number = countryNumber(entity);
        countryOfEntity[id] = number;
      }
      if (number === -1) continue;
      if (!eventCountries.includes(number, first)) {
        eventCountries.push(number);
        byCountry.add(countries[number] as string, i);
      }
    }
    index.countryStarts[i + 1] = eventCountries.length;
    listingStarts[i + 1] = listings.length;
  });
  const entityLists = byEntity.finish();
  participantListings.set(events, {
    ids: entityLists.keys,
    starts: listingStarts,
    listings: Int32Array.from(listings),
    types: index.types,
  });
  return {
    ...index,
    countries,
    eventCountries: Uint16Array.from(eventCountries),
    byEntity: listsOf(entityLists),
    byArticle: listsOf(byArticle.finish()),
    byCountry: listsOf(byCountry.finish()),
    words: words ? buildWordIndex(corpus) : null,
  };
}

/**
 * Corpora up to this many events get their word index at once; larger ones in slices (wordIndexSteps).
 * At once, 2,000 events (the bench's 1,000 bundled and a 1,000-event file dropped beside them) took a task
 * of 60 to 100 ms; 5,000 would take about 200.
 */
export const EAGER_WORDS = 1500;

const indexes = new WeakMap<Corpus, FilterIndex>();

/**
 * The filter index of a corpus, built once per corpus object: the loader builds it in a task of its own
 * before the first render, so the render that first draws the events does not. The word index is
 * included for corpora of up to EAGER_WORDS events; above that it is null, to be built in slices.
 */
export function filterIndexOf(corpus: Corpus): FilterIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = createFilterIndex(corpus, { words: corpus.events.length <= EAGER_WORDS });
    indexes.set(corpus, index);
  }
  return index;
}

/** Each entity's id with the text of its names, as the word index reads them. */
export function entityNameTexts(entities: ReadonlyMap<string, EntityRecord>): [string, string][] {
  return [...entities.values()].map((entity) => [entity.id, namesText(entity)]);
}

/**
 * Writes a word index one event at a time: `add` each event's own text (eventOwnText) in event order,
 * then `finish` with the entities' names (entityNameTexts). Pure, so a worker can run it on the texts
 * alone.
 */
export function wordIndexWriter() {
  const byWord = wordIndexBuilder();
  return {
    add(text: string, event: number) {
      for (const word of tokens(text)) byWord.add(word, event);
    },
    finish(named: Iterable<readonly [string, string]>): WordIndex {
      const names = new Map<string, string[]>();
      for (const [id, text] of named) {
        for (const word of new Set(tokens(text))) {
          if (word === '') continue;
          const ids = names.get(word);
          if (ids) ids.push(id);
          else names.set(word, [id]);
        }
      }
      return {
        ...byWord.finish(),
        names: { ...vocabularyOf([...names.keys()]), entities: [...names.values()] },
      };
    },
  };
}

/**
 * Builds the word index `slice` events at a time (default 2,000), yielding how many are done, so
 * a caller can spread the work over idle moments and show progress. Returns the index at the end.
 */
export function* wordIndexSteps(corpus: Corpus, slice = 2000): Generator<number, WordIndex> {
  const { events, entities } = corpus;
  const writer = wordIndexWriter();
  for (let i = 0; i < events.length; i++) {
    writer.add(eventOwnText(events[i] as CorpusEvent), i);
    if ((i + 1) % slice === 0) yield i + 1;
  }
  return writer.finish(entityNameTexts(entities));
}

/** The whole word index at once. */
export function buildWordIndex(corpus: Corpus): WordIndex {
  const steps = wordIndexSteps(corpus, Number.POSITIVE_INFINITY);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
