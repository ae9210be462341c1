// Writes a synthetic corpus of article records for the benchmark:
//   ./node_modules/.bin/tsx bench/generate-corpus.ts --events 10000 [--seed 7] [--out bench/.corpus/10000]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/model/article-schema.ts';
import { addDays, type IsoDate } from '../src/model/calendar-date.ts';
import { buildArticle } from './corpus/build-article.ts';
import { createParticipants, poolSize } from './corpus/participants.ts';
import { createRandom, type Random } from './corpus/prng.ts';

/** Options of generateCorpus. */
export interface CorpusOptions {
  /** How many events in all. */
  events: number;
  /** Default 7; the same seed always gives byte-identical records. */
  seed?: number;
  /** Average events per article, default 200: few enough files to fetch, small enough to validate. */
  eventsPerArticle?: number;
}

/** A generated corpus: the records and the size of the participant pool they draw on. */
export interface GeneratedCorpus {
  records: ArticleInput[];
  participants: number;
}

/** The ten years the events fall in. */
export const FIRST_DAY: IsoDate = '2014-01-01';
export const DAYS = 3652;

// Independent streams, so a change in how articles are written does not move the drawn days.
const STREAM = { days: 0x1d4e, pool: 0x9a11, articles: 0xa871, sizes: 0x51e5 };

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

function articleSizes(total: number, average: number, random: Random): number[] {
  const count = Math.max(1, Math.round(total / average));
  const raw = Array.from({ length: count }, () => 0.6 + 0.8 * random.next());
  const scale = total / raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(1, Math.floor(r * scale)));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left !== 0; i = (i + 1) % count) {
    const step = left > 0 ? 1 : -1;
    if ((sizes[i] as number) + step >= 1) {
      sizes[i] = (sizes[i] as number) + step;
      left -= step;
    }
  }
  return sizes;
}

/**
 * Generates `events` events over ten years (2014–2023) in article records of about
 * `eventsPerArticle` events each, with a participant pool that grows with the corpus.
 */
export function generateCorpus({ events, seed = 7, eventsPerArticle = 200 }: CorpusOptions): GeneratedCorpus {
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`events must be a positive integer, got ${events}`);
  const days = drawDays(events, createRandom(seed ^ STREAM.days));
  const pool = createParticipants(createRandom(seed ^ STREAM.pool), poolSize(events));
  const sizes = articleSizes(events, eventsPerArticle, createRandom(seed ^ STREAM.sizes));
  const random = createRandom(seed ^ STREAM.articles);
  const records: ArticleInput[] = [];
  let first = 0;
  sizes.forEach((size, index) => {
    records.push(
      buildArticle({ index, days: days.slice(first, first + size), firstEvent: first }, pool, random),
    );
    first += size;
  });
  return { records, participants: pool.participants.length };
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
  const { records, participants } = generateCorpus({ events, seed });
  writeCorpus(out, records);
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `${events} events, ${records.length} articles, ${participants} participants → ${out} (${ms} ms)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main(process.argv.slice(2));
