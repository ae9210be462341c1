// Writes a synthetic corpus of article records for the benchmark:
//   ./node_modules/.bin/tsx bench/generate-corpus.ts --events 10000 [--seed 7] [--out bench/.corpus/10000]
// With --single, one record of that many events (a file dropped onto the page).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/model/article-schema.ts';
import { addDays, type IsoDate } from '../src/model/calendar-date.ts';
import { buildArticle } from './corpus/build-article.ts';
import { drawFact, type EventFact } from './corpus/event-facts.ts';
import { createParticipants, type ParticipantPool, poolSize } from './corpus/participants.ts';
import { eventId, planArticles } from './corpus/plan-articles.ts';
import { createRandom, type Random } from './corpus/prng.ts';
import { OUTLETS, type Outlet } from './corpus/world.ts';

/** Options of generateCorpus. */
export interface CorpusOptions {
  /** How many distinct events (what the timeline shows once each); reports of one event add records. */
  events: number;
  /** Default 7; the same seed always gives byte-identical records. */
  seed?: number;
}

/** A generated corpus: the records and what they are made of. */
export interface GeneratedCorpus {
  records: ArticleInput[];
  /** The size of the participant pool the events draw on. */
  participants: number;
  /** Event records in all: `events` plus every second, third or fourth report of one event. */
  reports: number;
}

/** The ten years the events fall in. */
export const FIRST_DAY: IsoDate = '2014-01-01';
export const DAYS = 3652;

// Independent streams, so a change in how articles are written does not move the drawn days.
const STREAM = { days: 0x1d4e, pool: 0x9a11, articles: 0xa871, facts: 0xfac7, sizes: 0x51e5 };

// News clusters around crises: a share of events falls within days of a few dozen busy moments.
function drawDays(count: number, random: Random): IsoDate[] {
  const bursts = Array.from({ length: 40 }, () => ({
    centre: random.int(DAYS),
    spread: random.between(2, 15),
  }));
  const days: IsoDate[] = [];
  for (let i = 0; i < count; i++) {
    let offset = random.int(DAYS);
    if (random.chance(0.45)) {
      const burst = random.pick(bursts);
      offset = Math.round(burst.centre + burst.spread * random.gauss());
      offset = Math.min(DAYS - 1, Math.max(0, offset));
    }
    days.push(addDays(FIRST_DAY, offset));
  }
  return days.sort();
}

function checkCount(events: number): void {
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`events must be a positive integer, got ${events}`);
}

function drawFacts(events: number, seed: number, pool: ParticipantPool): EventFact[] {
  const random = createRandom(seed ^ STREAM.facts);
  return drawDays(events, createRandom(seed ^ STREAM.days)).map((day) => drawFact(day, pool, random));
}

/**
 * Generates `events` distinct events over ten years (2014–2023) as the news reports them: articles of
 * 1 to 10 events from eight outlets, a share of events reported by two to four outlets (the later
 * reports linked to the first by sameAs, so the app shows each event once), and a participant pool
 * that grows with the corpus, drawn with a Zipf law.
 */
export function generateCorpus({ events, seed = 7 }: CorpusOptions): GeneratedCorpus {
  checkCount(events);
  const pool = createParticipants(createRandom(seed ^ STREAM.pool), poolSize(events));
  const facts = drawFacts(events, seed, pool);
  const plans = planArticles(facts, createRandom(seed ^ STREAM.sizes));
  const random = createRandom(seed ^ STREAM.articles);
  const records = plans.map((plan) => buildArticle(plan, random));
  const reports = plans.reduce((sum, plan) => sum + plan.reports.length, 0);
  return { records, participants: pool.participants.length, reports };
}

/**
 * One record of `events` events from one outlet, none linked to another article: what a person drops
 * onto the page as a single file (the bench times 1,000 and 10,000).
 */
export function generateSingleRecord(events: number, seed = 7): ArticleInput {
  checkCount(events);
  const pool = createParticipants(createRandom(seed ^ STREAM.pool), poolSize(events));
  const outlet = OUTLETS[0] as Outlet;
  const reports = drawFacts(events, seed, pool).map((fact, i) => ({ fact, id: eventId(i, 0), sameAs: null }));
  return buildArticle(
    { id: `bench-single-${events}`, outlet, reports },
    createRandom(seed ^ STREAM.articles),
  );
}

/** Events per dropped file: about 1.1 MB each (Arabic), so 4,000 stay under the app's 5 MiB a record. */
export const DROPPED_FILE_EVENTS = 4000;

/**
 * What a person drops onto the page to add `events` events: one record while they fit in one file the
 * app accepts (DROPPED_FILE_EVENTS), else as few records of equal size as do (10,000: three files of
 * 3,334, 3,333 and 3,333 events), each from another outlet and none linked to another article.
 */
export function generateDroppedRecords(events: number, seed = 7): ArticleInput[] {
  checkCount(events);
  const files = Math.ceil(events / DROPPED_FILE_EVENTS);
  if (files === 1) return [generateSingleRecord(events, seed)];
  const pool = createParticipants(createRandom(seed ^ STREAM.pool), poolSize(events));
  const facts = drawFacts(events, seed, pool);
  const random = createRandom(seed ^ STREAM.articles);
  return Array.from({ length: files }, (_, f) => {
    const reports = facts
      .map((fact, i) => ({ fact, id: eventId(i, 0), sameAs: null }))
      .filter((_, i) => i % files === f);
    const outlet = OUTLETS[f % OUTLETS.length] as Outlet;
    return buildArticle({ id: `bench-dropped-${events}-${f + 1}`, outlet, reports }, random);
  });
}

/** Writes one compact JSON file per record into `dir`, replacing any records already there. */
export function writeCorpus(dir: string, records: readonly ArticleInput[]): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) rmSync(join(dir, name));
  // Compact JSON: a machine-written corpus gains nothing from indentation, and the app fetches it all.
  for (const record of records) writeFileSync(join(dir, `${record.id}.json`), `${JSON.stringify(record)}\n`);
}

function main(argv: string[]): void {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const events = Number(value('--events') ?? 1000);
  const seed = Number(value('--seed') ?? 7);
  const out = resolve(value('--out') ?? `bench/.corpus/${events}`);
  const started = performance.now();
  const single = argv.includes('--single');
  const { records, participants, reports } = single
    ? { records: [generateSingleRecord(events, seed)], participants: 0, reports: events }
    : generateCorpus({ events, seed });
  writeCorpus(out, records);
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `${events} events (${reports} reports), ${records.length} articles, ${participants} participants → ${out} (${ms} ms)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main(process.argv.slice(2));
