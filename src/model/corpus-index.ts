import type { ArticleRecord, EntityRecord } from './article-schema.ts';
import { mergeEntityLists } from './build-corpus.ts';
import type { EventInput } from './corpus.ts';
import type { CorpusSummary, ShardPlan } from './corpus-plan.ts';
import { quoteWordsOf } from './filter-index.ts';

/** One line of the corpus index: enough to list an article without fetching it. */
export interface IndexEntry {
  id: string;
  /** Path of the record, relative to the app. */
  file: string;
  headline: string;
  source: { ar: string; en: string };
  published: string;
  language: 'ar' | 'en';
  counts: { events: number; entities: number; paragraphs: number };
  /** SHA-256 of the file the build validated; a file that matches it needs no second check. */
  sha256?: string;
}

/** A file holding several articles' records without their paragraphs, packed (see packed-json.ts). */
export interface ShardEntry {
  file: string;
  sha256: string;
  /** Ids of the articles in the shard, in index order. */
  articles: string[];
}

/**
 * The corpus index the build writes (data/index.json); checked on arrival by check-corpus-index.ts,
 * a structural check small enough to come with the first load. It names files and their hashes only:
 * each article's line is in the list file, fetched when a link names some articles (or a shard fails),
 * since the shards say the same of every article (at 100,000 events the lines were 14 MB).
 */
export interface CorpusIndex {
  /** Every article's line, in an index written without a list file. */
  articles?: IndexEntry[];
  /** The file holding every article's line (ArticleList). */
  list?: { file: string; sha256: string };
  /** The same records in fewer, smaller files: what the app loads when it wants them all. */
  shards?: ShardEntry[];
  /** Every article’s entities merged (EntitiesContent, packed): the corpus of all the shards. */
  entities?: { file: string; sha256: string };
  /** The word index of the shards' corpus (word-index-file.ts), for one of more than EAGER_WORDS events. */
  words?: { file: string; sha256: string };
}

/** What the list file (CorpusIndex.list) holds: one line per article, in index order. */
export interface ArticleList {
  articles: IndexEntry[];
}

/** Where an article's own file is and the SHA-256 of its bytes: its text is read from there. */
export interface ArticleFile {
  file: string;
  sha256: string;
}

/**
 * What a shard file holds, before packing: its articles' records without their paragraphs and
 * their evidence without quotes (both are read from the record's own file, `text`, when the article
 * is read; the quotes' words stay, for the text filter).
 */
export interface ShardContent {
  articles: (Omit<ArticleRecord, 'paragraphs' | 'events'> & { events: EventInput[]; text: ArticleFile })[];
  /** Where the corpus of every shard puts these articles' events (corpus-plan.ts); the build adds it. */
  plan?: ShardPlan;
}

/**
 * What the entities file holds, before packing: every article's entities merged in index order
 * (mergeEntityLists), so a corpus of all the shards merges nothing (at 100,000 events that merge
 * was a fifth of building the corpus).
 */
export interface EntitiesContent {
  entities: EntityRecord[];
  /** The size and problems of the corpus of every shard, which their plans make; the build adds it. */
  corpus?: CorpusSummary;
}

/** The content of the entities file of these records. */
export function entitiesContent(records: readonly ArticleRecord[]): EntitiesContent {
  return { entities: [...mergeEntityLists(records.map((record) => record.entities)).values()] };
}

/** The content of a shard of these records, each served from the file `fileOf` says. */
export function shardContent(
  records: readonly ArticleRecord[],
  fileOf: (record: ArticleRecord) => ArticleFile,
): ShardContent {
  return {
    articles: records.map((record) => {
      const { paragraphs, events, ...rest } = record;
      const entities = new Map(rest.entities.map((entity) => [entity.id, entity]));
      return {
        ...rest,
        events: events.map((event) => ({
          ...event,
          evidence: event.evidence.map(({ quote, ...span }) => span),
          quoteWords: quoteWordsOf(event, entities),
        })),
        text: fileOf(record),
      };
    }),
  };
}

/** About this many events go into one shard: at 100,000 events, 20 files of about 3 MB. */
export const SHARD_EVENTS = 5000;

/**
 * Groups records, in order, into runs of whole articles with at most SHARD_EVENTS events each (an
 * article with more is a shard of its own).
 */
export function shardGroups<T extends { events: readonly unknown[] }>(records: readonly T[]): T[][] {
  const groups: T[][] = [];
  let events = Number.POSITIVE_INFINITY;
  for (const record of records) {
    if (events + record.events.length > SHARD_EVENTS) {
      groups.push([]);
      events = 0;
    }
    groups[groups.length - 1]?.push(record);
    events += record.events.length;
  }
  return groups;
}

/** The index line for a validated record served at `file`, with the hex SHA-256 of the bytes served. */
export function indexEntry(record: ArticleRecord, file: string, sha256?: string): IndexEntry {
  return {
    id: record.id,
    file,
    headline: record.headline,
    source: record.source.name,
    published: record.published.date,
    language: record.language,
    counts: {
      events: record.events.length,
      entities: record.entities.length,
      paragraphs: record.paragraphs.length,
    },
    ...(sha256 ? { sha256 } : {}),
  };
}
