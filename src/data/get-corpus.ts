import { queryOptions, useQuery } from '@tanstack/react-query';
import { checkArticleList, checkCorpusIndex } from '../model/check-corpus-index.ts';
import { type Corpus, type CorpusArticle, type TextLocation, withoutText } from '../model/corpus.ts';
import type { CorpusIndex, IndexEntry, ShardContent, ShardEntry } from '../model/corpus-index.ts';
import { corpusFromPlans, type PlannedShard, type ShardPlan } from '../model/corpus-plan.ts';
import { unshipShard } from '../model/shipped-shard.ts';
import { noteBuiltWordIndex } from './built-word-index.ts';
import { corpusBuilder } from './corpus-builder.ts';
import { fetchBytes, fetchInTurn, SHARDS_IN_FLIGHT } from './fetch-bytes.ts';
import { CorpusLoadError, type LoadFailure } from './load-error.ts';
import { loadValidator } from './load-validator.ts';
import { readEntitiesBytes, readShardBytes } from './read-shard.ts';
import { retryableImport } from './retryable-import.ts';
import { readCheckedBytes, sha256Hex } from './verify-record.ts';

/** Where the build serves the corpus index, relative to the page. */
export const INDEX_FILE = 'data/index.json';

/** Records that loaded and the failures of those that did not; good records never wait on bad ones. */
export interface LoadedRecords {
  records: CorpusArticle[];
  failures: LoadFailure[];
}

/** The bundled records, their corpus, and the lines of the bundled articles when they were read. */
export interface BundledRecords extends LoadedRecords {
  /**
   * Every bundled article's line (loaded or not, so the reader can switch to one) when the lines were
   * read: for a link that names some articles, or when a shard failed. Empty when the shards
   * delivered every article, which are then all in `records`.
   */
  index: IndexEntry[];
  /** buildCorpus(records), already given to `prepare`. */
  corpus: Corpus;
}

/** Lets the browser run a frame and other tasks before the next step of a long piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The files to fetch, read loosely from the index (the check comes after): its entities file and (in
 * `shards`, to fetch in turn) its shards when every article is wanted and it has them; else its list
 * file when it has one (the articles' own files follow it), else the record files (of `only`'s ids
 * when given).
 */
function listedFiles(value: unknown, only: readonly string[]): { files: string[]; shards: string[] } {
  const { articles, list, shards, entities } = (value ?? {}) as {
    articles?: unknown;
    list?: { file?: unknown };
    shards?: unknown;
    entities?: { file?: unknown };
  };
  const named = (entries: ({ file?: unknown } | undefined)[]) =>
    entries.flatMap((entry) => (typeof entry?.file === 'string' ? [entry.file] : []));
  if (only.length === 0 && Array.isArray(shards)) return { files: named([entities]), shards: named(shards) };
  if (typeof list?.file === 'string') return { files: [list.file], shards: [] };
  if (!Array.isArray(articles)) return { files: [], shards: [] };
  const wanted = articles.filter(
    (entry: { id?: unknown }) => only.length === 0 || only.includes(String(entry?.id)),
  );
  return { files: named(wanted), shards: [] };
}

type Fetched = Map<string, ReturnType<typeof fetchBytes>>;

// Reading a record file whose bytes are not the build's (decoding, bidi checks, validation) is needed
// only when a shard or a hash fails: fetched then, not in the first load.
const recordReader = retryableImport(() => import('./read-record.ts'));

/** The bytes of a file the index lists with its hash, if they are the ones the build wrote. */
async function builtBytes(
  { file, sha256 }: { file: string; sha256: string },
  downloads: Fetched,
  signal?: AbortSignal,
) {
  const loaded = await (downloads.get(file) ?? fetchBytes(file, signal));
  return 'bytes' in loaded && (await sha256Hex(loaded.bytes)) === sha256 ? loaded.bytes : null;
}

/**
 * The records of every shard whose bytes are the ones the build wrote (same SHA-256 as the index
 * says), by article id, and every article's entities merged (from the entities file, or null). The
 * shards give most entities by id, from the entities file: without it, or for a shard that fails to
 * arrive or differs, the articles are left out, to be fetched from their own files.
 */
async function shardRecords(index: CorpusIndex, downloads: Fetched, signal?: AbortSignal) {
  const byId = new Map<string, ShardContent['articles'][number]>();
  const shards = index.shards ?? [];
  // Each shard's plan, when it holds exactly the articles the index lists, in that order (else null).
  const plans = new Array<ShardPlan | null>(shards.length).fill(null);
  const merged = (async () => {
    const bytes = index.entities ? await builtBytes(index.entities, downloads, signal) : null;
    const content = bytes && readEntitiesBytes(bytes);
    return content && { content, byId: new Map(content.entities.map((entity) => [entity.id, entity])) };
  })();
  await Promise.all(
    shards.map(async (shard, n) => {
      const bytes = await builtBytes(shard, downloads, signal);
      // Read as it arrives; its entities are looked up once the entities file is here too.
      const shipped = bytes && readShardBytes(bytes);
      const content = shipped && unshipShard(shipped, (await merged)?.byId ?? null);
      const listed = new Set(shard.articles);
      for (const article of content?.articles ?? []) {
        if (listed.has(article.id)) byId.set(article.id, article);
      }
      const whole =
        content?.articles.length === shard.articles.length &&
        content.articles.every((article, i) => article.id === shard.articles[i]);
      plans[n] = whole ? (content.plan ?? null) : null;
    }),
  );
  const entities = (await merged)?.content;
  return { byId, plans, entities: entities?.entities ?? null, summary: entities?.corpus ?? null };
}

/**
 * The corpus the build planned for the shards (corpus-plan.ts), when every shard came whole with its
 * plan and the plans fit: `records` are the shards' articles in the index's order. Else null.
 */
function plannedCorpus(
  records: CorpusArticle[],
  shards: readonly ShardEntry[],
  sharded: Awaited<ReturnType<typeof shardRecords>>,
): Corpus | null {
  const { plans, entities, summary } = sharded;
  if (!entities || !summary || records.length !== summary.articles) return null;
  const planned: PlannedShard[] = [];
  let at = 0;
  for (const [n, shard] of shards.entries()) {
    const plan = plans[n];
    if (!plan) return null;
    planned.push({ articles: records.slice(at, at + shard.articles.length), plan });
    at += shard.articles.length;
  }
  return corpusFromPlans(planned, entities, summary);
}

/** The articles' lines: the index's own, or those of its list file, checked; or why they are missing. */
async function articleLines(
  index: CorpusIndex,
  downloads: Fetched,
  signal?: AbortSignal,
): Promise<{ lines: IndexEntry[] } | { failure: LoadFailure }> {
  if (index.articles) return { lines: index.articles };
  const file = index.list?.file ?? '';
  const loaded = await (downloads.get(file) ?? fetchBytes(file, signal));
  if (!('bytes' in loaded)) return { failure: loaded };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(loaded.bytes));
  } catch (error) {
    return { failure: { kind: 'json', file, detail: (error as Error).message } };
  }
  const checked = checkArticleList(value);
  return checked.ok
    ? { lines: checked.list.articles }
    : { failure: { kind: 'schema', file, problems: checked.problems } };
}

/**
 * Fetches the bundled index, then the records it lists (only `only`'s when given): from its shards
 * when all are wanted, else (and for any article a shard did not deliver) from each record's file.
 * Bytes that are the ones the build validated (same SHA-256 as the index says) are used as they are;
 * any other record is validated with the same rules as `rasd validate`. Throws only when nothing
 * could be loaded.
 */
export async function fetchBundled(
  only: readonly string[],
  signal?: AbortSignal,
  prepare?: (corpus: Corpus) => void,
): Promise<BundledRecords> {
  const index = await fetchBytes(INDEX_FILE, signal);
  if (!('bytes' in index)) throw new CorpusLoadError([index]);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(index.bytes));
  } catch (error) {
    throw new CorpusLoadError([{ kind: 'json', file: INDEX_FILE, detail: (error as Error).message }]);
  }
  // The records start downloading as soon as the index names them; nothing is used before the index
  // and every record have been checked.
  const listed = listedFiles(value, only);
  const downloads: Fetched = new Map([
    ...listed.files.map((file) => [file, fetchBytes(file, signal)] as const),
    ...fetchInTurn(listed.shards, SHARDS_IN_FLIGHT, signal),
  ]);
  const checked = checkCorpusIndex(value);
  if (!checked.ok) {
    throw new CorpusLoadError([{ kind: 'schema', file: INDEX_FILE, problems: checked.problems }]);
  }
  const listing = checked.index;
  performance.mark('rasd:index-loaded');
  const sharded = only.length === 0 && listing.shards ? await shardRecords(listing, downloads, signal) : null;
  const everyShard =
    sharded !== null &&
    (listing.shards ?? []).every((shard) => shard.articles.every((id) => sharded.byId.has(id)));
  // The shards delivered every article (the usual first load): no line is needed, as each article
  // says where its text is. Else the lines say which articles there are and where each one's file is.
  const lines = everyShard ? { lines: [] } : await articleLines(listing, downloads, signal);
  if ('failure' in lines && !sharded) throw new CorpusLoadError([lines.failure]);
  const wanted: Pick<IndexEntry, 'id' | 'file' | 'sha256'>[] =
    'lines' in lines && !everyShard
      ? lines.lines.filter((entry) => only.length === 0 || only.includes(entry.id))
      : // In the index's order, whichever shard arrived first.
        (listing.shards ?? []).flatMap((shard) =>
          shard.articles.flatMap((id) => (sharded?.byId.has(id) ? [{ id, file: '' }] : [])),
        );
  const results = await Promise.all(
    wanted.map(async (entry) => {
      const fromShard = sharded?.byId.get(entry.id);
      // The reader fetches the text from the record's file and checks it against the build's hash.
      if (fromShard) return { ok: true as const, record: fromShard, text: fromShard.text };
      const loaded = await (downloads.get(entry.file) ?? fetchBytes(entry.file, signal));
      if (!('bytes' in loaded)) return { ok: false as const, failure: loaded };
      const hash = await sha256Hex(loaded.bytes);
      const verified = hash !== null && hash === entry.sha256 ? readCheckedBytes(loaded.bytes) : null;
      // Bundled records have no size cap: the build chose them.
      const read =
        verified ??
        (await recordReader()).readRecordBytes(
          entry.file,
          loaded.bytes,
          await loadValidator(),
          Number.POSITIVE_INFINITY,
        );
      // The hash of the bytes the record was read from, so the reader can tell its text is the same.
      const text: TextLocation = { file: entry.file, sha256: hash ?? undefined };
      return read.ok ? { ...read, text } : read;
    }),
  );
  performance.mark('rasd:records-checked');
  // Only what the views need is kept: each record without its paragraphs (the reader fetches them).
  const records = results.flatMap((r): CorpusArticle[] =>
    r.ok ? [{ ...r.record, paragraphs: null, text: r.text }] : [],
  );
  const failures = [
    ...('failure' in lines ? [lines.failure] : []),
    ...results.flatMap((r) => (r.ok ? [] : [r.failure])),
  ];
  if (records.length === 0 && failures.length > 0) throw new CorpusLoadError(failures);
  // The corpus and what `prepare` makes of it (the explorer's filter index) each take a task of their
  // own (a third of a second each at 100,000 events) rather than joining the render that first draws.
  await nextTask();
  // When every article came from a shard, the build's corpus of them is followed; failing that, the
  // build's merge of their entities is the corpus's.
  const merged = sharded?.entities;
  let built =
    everyShard && sharded && failures.length === 0
      ? plannedCorpus(records, listing.shards ?? [], sharded)
      : null;
  const planned = built !== null;
  if (!built) {
    const { buildCorpus } = await corpusBuilder();
    built =
      merged && wanted.every((entry) => sharded?.byId.has(entry.id))
        ? buildCorpus(records, [merged])
        : buildCorpus(records);
  }
  // Each record keeps the corpus's entities instead of its own copies where they say the same.
  const lean = records.map((record) => (record.text ? withoutText(record, record.text, built) : record));
  const corpus: Corpus = { ...built, articles: lean };
  // The build's word index is of the corpus its plans make, and of no other.
  if (planned && listing.words) noteBuiltWordIndex(corpus, listing.words);
  if (prepare) {
    await nextTask();
    prepare(corpus);
  }
  return { records: lean, failures, index: 'lines' in lines ? lines.lines : [], corpus };
}

/** Query options for the bundled records; they never go stale within a visit. */
export const bundledQueryOptions = (only: readonly string[], prepare?: (corpus: Corpus) => void) =>
  queryOptions({
    queryKey: ['bundled', INDEX_FILE, [...only].sort().join(',')],
    queryFn: ({ signal }) => fetchBundled(only, signal, prepare),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** The bundled records with their loading and error states; disabled when the reader set them aside. */
export function useBundledRecords(
  only: readonly string[],
  enabled: boolean,
  prepare?: (corpus: Corpus) => void,
) {
  return useQuery({ ...bundledQueryOptions(only, prepare), enabled });
}
