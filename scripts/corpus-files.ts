import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readShardBytes } from '../src/data/read-shard.ts';
import type { ArticleRecord, EntityRecord } from '../src/model/article-schema.ts';
import {
  type ArticleList,
  type CorpusIndex,
  entitiesContent,
  indexEntry,
  shardContent,
  shardGroups,
} from '../src/model/corpus-index.ts';
import { type CorpusSummary, corpusFromPlans, type PlannedShard } from '../src/model/corpus-plan.ts';
import { buildWordIndex, EAGER_WORDS } from '../src/model/filter-index.ts';
import { packJson } from '../src/model/packed-json.ts';
import { planCorpus } from '../src/model/plan-corpus.ts';
import { shipShard, unshipShard } from '../src/model/shipped-shard.ts';
import { validateArticle } from '../src/model/validate-article.ts';
import { encodeWordIndex } from '../src/model/word-index-file.ts';

/** The bundled corpus read from disk, with every problem found in it as "file: path: message". */
export interface CorpusFiles {
  /** `json` is what the app is served: the validated record (defaults filled in), compact. */
  records: { file: string; record: ArticleRecord; json: string; sha256: string }[];
  /** The shard files, the entities file and the list file the index names, by path (see corpus-index.ts). */
  shards: Map<string, string>;
  /** The word index file, for a corpus with more than EAGER_WORDS events (see word-index-file.ts). */
  words: { file: string; bytes: Uint8Array<ArrayBuffer> } | null;
  index: CorpusIndex;
  /** What the list file holds: every article's line. */
  list: ArticleList;
  problems: string[];
  /** Events in the corpus, merged reports counted once. */
  events: number;
}

// A string is hashed as its UTF-8 bytes, as it is written.
const sha256Of = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Reads and validates every record in `dir`, the same way `rasd validate` does. */
export function readCorpusFiles(dir: string): CorpusFiles {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const records: CorpusFiles['records'] = [];
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const json = readFileSync(path, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      problems.push(`${path}: (record): not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = validateArticle(value);
    if (result.ok) {
      // The app is served exactly what was validated, so a file whose hash matches needs no second check.
      const served = `${JSON.stringify(result.record)}\n`;
      records.push({ file: name, record: result.record, json: served, sha256: sha256Of(served) });
    } else problems.push(...result.problems.map((p) => `${path}: ${p.path}: ${p.message}`));
  }
  const shards = new Map<string, string>();
  const shipped: string[] = [];
  const fileOf = (id: string) => `data/articles/${id}.json`;
  const hashes = new Map(records.map(({ record, sha256 }) => [record, sha256]));
  const articleFile = (record: ArticleRecord) => ({
    file: fileOf(record.id),
    sha256: hashes.get(record) ?? '',
  });
  const groups = shardGroups(records.map(({ record }) => record));
  const contents = groups.map((group) => shardContent(group, articleFile));
  const { entities } = entitiesContent(records.map(({ record }) => record));
  const mergedById = new Map(entities.map((entity) => [entity.id, entity]));
  // The corpus of every shard, built here once, so the browser only follows each shard's plan.
  const planned = planCorpus(
    contents.map((content) => content.articles.map((article) => ({ ...article, paragraphs: null }))),
    entities,
  );
  const shardEntries = contents.map((content, n) => {
    const json = `${JSON.stringify(packJson({ ...shipShard(content, mergedById), plan: planned.plans[n] }))}\n`;
    const file = `data/shards/${String(n).padStart(4, '0')}.json`;
    shards.set(file, json);
    shipped.push(json);
    return { file, sha256: sha256Of(json), articles: content.articles.map((article) => article.id) };
  });
  const entitiesFile = 'data/shards/entities.json';
  const entitiesJson = `${JSON.stringify(packJson({ entities, corpus: planned.summary }))}\n`;
  shards.set(entitiesFile, entitiesJson);
  const list: ArticleList = {
    articles: records.map(({ record, sha256 }) => indexEntry(record, fileOf(record.id), sha256)),
  };
  // The lines are only for a link that names some articles (or a shard that fails): the first load
  // of every article reads the index, the shards and the entities, and nothing else.
  const listFile = 'data/articles.json';
  const listJson = `${JSON.stringify(list)}\n`;
  shards.set(listFile, listJson);
  const words =
    planned.summary.events > EAGER_WORDS ? wordIndexFile(shipped, entities, planned.summary) : null;
  return {
    records,
    shards,
    words,
    index: {
      list: { file: listFile, sha256: sha256Of(listJson) },
      shards: shardEntries,
      entities: { file: entitiesFile, sha256: sha256Of(entitiesJson) },
      ...(words ? { words: { file: words.file, sha256: sha256Of(words.bytes) } } : {}),
    },
    list,
    problems,
    events: planned.summary.events,
  };
}

/**
 * The word index of the corpus a browser makes of the shards as written (read back as the loader
 * reads them, then following their plans), so it is the very index the browser would build of it;
 * null if the shards do not make that corpus (the browser then builds its own).
 */
function wordIndexFile(
  shardJsons: readonly string[],
  entities: readonly EntityRecord[],
  summary: CorpusSummary,
): CorpusFiles['words'] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const planned: PlannedShard[] = [];
  for (const json of shardJsons) {
    const shipped = readShardBytes(new TextEncoder().encode(json));
    const content = shipped && unshipShard(shipped, byId);
    if (!content?.plan) return null;
    planned.push({
      articles: content.articles.map((article) => ({ ...article, paragraphs: null })),
      plan: content.plan,
    });
  }
  const corpus = corpusFromPlans(planned, entities, summary);
  if (!corpus) return null;
  return { file: 'data/words.bin', bytes: encodeWordIndex(buildWordIndex(corpus), corpus.events.length) };
}
