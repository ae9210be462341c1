// Times filterEvents on a synthetic corpus of 100,000 events; run with
// ./node_modules/.bin/tsx bench/filter-model-timing.ts — figures only, nothing asserted.

import type { EntityRecord, EventType } from '../src/model/article-schema.ts';
import { CERTAINTIES, EVENT_TYPES, STATUSES } from '../src/model/article-schema.ts';
import { addDays } from '../src/model/calendar-date.ts';
import type { Corpus, CorpusEvent } from '../src/model/corpus.ts';
import { compareEvents } from '../src/model/corpus.ts';
import { type FilterState, filterEvents, NO_FILTER } from '../src/model/filter-events.ts';
import { describeEmptiness, filterCounts } from '../src/model/filter-facets.ts';
import { createFilterIndex } from '../src/model/filter-index.ts';
import { seedJson } from '../src/test/seed-record.ts';

const EVENTS = 100_000;
const ENTITIES = 2_000;
const RUNS = 31;

// A fixed seed keeps the figures comparable between runs and machines.
let state = 0x5eed;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const seed = seedJson();
const seedWords = seed.paragraphs.join(' ').split(/\s+/);
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const inventedWord = () =>
  Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick([...LETTERS])).join('');
const extraWords = Array.from({ length: 50_000 }, inventedWord);
const phrase = (length: number) =>
  Array.from({ length }, () => (random() < 0.7 ? pick(seedWords) : pick(extraWords))).join(' ');

const countries = ['RU', 'US', 'IR', 'SA', 'TR', 'SY', 'EG', 'FR', 'BY', 'CN', 'DE', 'GB'];
const entities = new Map<string, EntityRecord>();
for (let i = 0; i < ENTITIES; i++) {
  const ar = `${inventedWord()} ${inventedWord()}`;
  entities.set(`p${i}`, {
    id: `p${i}`,
    kind: 'person',
    name: { ar, en: `Person ${i}` },
    variants: [ar, inventedWord()],
    country: pick(countries),
    roles: [],
  });
}
entities.set('lavrov', { ...(seed.entities[0] as EntityRecord), variants: seed.entities[0]?.variants ?? [] });

const events: CorpusEvent[] = [];
for (let i = 0; i < EVENTS; i++) {
  const day = addDays('2010-01-01', Math.floor(random() * 3650));
  const participants = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
    entity: random() < 0.05 ? 'lavrov' : `p${Math.floor(random() * ENTITIES)}`,
    role: 'participant' as const,
  }));
  const open = random() < 0.02;
  events.push({
    id: `e${i}`,
    type: pick(EVENT_TYPES) as EventType,
    title: { ar: phrase(6), en: `Event ${i} in Vienna or Moscow` },
    participants,
    mentions: [],
    place: null,
    status: pick(STATUSES),
    attribution: [],
    when: {
      text: pick(['أمس', 'اليوم', null]),
      relativeTo: { kind: 'publication' },
      start: day,
      end: day,
      precision: 'day',
      certainty: pick(CERTAINTIES),
    },
    evidence: [{ paragraph: 0, start: 0, end: 1, quote: phrase(15), article: `a${i % 1000}` }],
    articleId: `a${i % 1000}`,
    articles: [`a${i % 1000}`],
    aliases: [`e${i}`],
    articleLanguage: 'ar',
    startMs: open ? null : Date.parse(`${day}T00:00:00Z`),
    endMs: Date.parse(`${day}T00:00:00Z`) + 86_400_000,
  });
}
events.sort(compareEvents);
const corpus: Corpus = { articles: [], entities, events, notes: [], problems: [] };

let t0 = performance.now();
const index = createFilterIndex(corpus);
const buildMs = performance.now() - t0;

function median(run: () => unknown): { ms: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] ?? Number.NaN, result };
}

const cases: [string, Partial<FilterState>][] = [
  ['no filter', {}],
  ['person lavrov (any)', { persons: ['lavrov'] }],
  ['persons lavrov+p1 (all)', { persons: ['lavrov', 'p1'], personMode: 'all' }],
  ['date window, one month', { from: '2015-10-01', to: '2015-10-31' }],
  ['text "سيرغي"', { q: 'سيرغي' }],
  ['text "سورية الأزمة" (common words)', { q: 'سورية الأزمة' }],
  ['text "vienna" (every event)', { q: 'vienna' }],
  ['text "ا" (one letter)', { q: 'ا' }],
  [
    'person + dates + type + text',
    { persons: ['lavrov'], from: '2015-01-01', to: '2015-12-31', types: ['phone-call'], q: 'سورية' },
  ],
];
console.log(
  `${EVENTS} events, ${(index.words?.wordStarts.length ?? 1) - 1} distinct words; index built once in ${buildMs.toFixed(0)} ms`,
);
for (const [name, change] of cases) {
  const { ms, result } = median(() => filterEvents(index, { ...NO_FILTER, ...change }));
  console.log(`${name.padEnd(40)} median ${ms.toFixed(2)} ms  (${(result as unknown[]).length} events)`);
}
const busy = { ...NO_FILTER, persons: ['lavrov'], from: '2015-01-01', to: '2015-12-31', q: 'سورية' };
console.log(
  `${'filterCounts, person + dates + text'.padEnd(40)} median ${median(() => filterCounts(index, busy)).ms.toFixed(2)} ms`,
);
const empty = { ...busy, types: ['decision' as const], q: 'zzzz' };
console.log(
  `${'describeEmptiness, 5 filters'.padEnd(40)} median ${median(() => describeEmptiness(index, empty)).ms.toFixed(2)} ms`,
);
