import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildCorpus, type Corpus, type CorpusArticle, withoutText } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { CorpusLoadError, type LoadFailure } from './load-error.ts';
import { loadValidator } from './load-validator.ts';
import { readRecordBytes } from './read-record.ts';
import { readCheckedBytes, sha256Hex } from './verify-record.ts';

/** Where the build serves the corpus index, relative to the page. */
export const INDEX_FILE = 'data/index.json';

/** Records that loaded and the failures of those that did not; good records never wait on bad ones. */
export interface LoadedRecords {
  records: CorpusArticle[];
  failures: LoadFailure[];
}

/** The bundled records, their corpus, and the index of every bundled article (fetched or not). */
export interface BundledRecords extends LoadedRecords {
  index: IndexEntry[];
  /** buildCorpus(records), already given to `prepare`. */
  corpus: Corpus;
}

/** Lets the browser run a frame and other tasks before the next step of a long piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The files an index lists (for `only`'s ids when given), read loosely: the schema check comes after. */
function listedFiles(value: unknown, only: readonly string[]): string[] {
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  return articles.flatMap((entry: { id?: unknown; file?: unknown }) =>
    typeof entry?.file === 'string' && (only.length === 0 || only.includes(String(entry.id)))
      ? [entry.file]
      : [],
  );
}

/**
 * Fetches the bundled index, then the records it lists (only `only`'s when given). A record whose
 * bytes are the ones the build validated (same SHA-256 as the index says) is used as it is; any
 * other is validated with the same rules as `rasd validate`. Throws only when nothing could be loaded.
 */
export async function fetchBundled(
  only: readonly string[],
  signal?: AbortSignal,
  prepare?: (corpus: Corpus) => void,
): Promise<BundledRecords> {
  const schemas = import('../model/corpus-index.ts');
  const index = await fetchBytes(INDEX_FILE, signal);
  if (!('bytes' in index)) throw new CorpusLoadError([index]);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(index.bytes));
  } catch (error) {
    throw new CorpusLoadError([{ kind: 'json', file: INDEX_FILE, detail: (error as Error).message }]);
  }
  // The records start downloading as soon as the index names them, while its schema (zod) is still
  // arriving; nothing is used before the index and every record have been checked.
  const listed = listedFiles(value, only);
  const downloads = new Map(listed.map((file) => [file, fetchBytes(file, signal)]));
  const parsed = (await schemas).corpusIndexSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => ({
      path: i.path.map(String).join('.') || '(index)',
      message: i.message,
    }));
    throw new CorpusLoadError([{ kind: 'schema', file: INDEX_FILE, problems }]);
  }
  performance.mark('rasd:index-loaded');
  const wanted = parsed.data.articles.filter((entry) => only.length === 0 || only.includes(entry.id));
  // The hash of the bytes each record was read from, so the reader can tell its text is the same.
  const hashes = new Map<string, string>();
  const results = await Promise.all(
    wanted.map(async (entry) => {
      const loaded = await (downloads.get(entry.file) ?? fetchBytes(entry.file, signal));
      if (!('bytes' in loaded)) return { ok: false as const, failure: loaded };
      const hash = await sha256Hex(loaded.bytes);
      if (hash) hashes.set(entry.file, hash);
      const verified = hash !== null && hash === entry.sha256 ? readCheckedBytes(loaded.bytes) : null;
      // Bundled records have no size cap: the build chose them.
      return (
        verified ?? readRecordBytes(entry.file, loaded.bytes, await loadValidator(), Number.POSITIVE_INFINITY)
      );
    }),
  );
  performance.mark('rasd:records-checked');
  const records = results.flatMap((r) => (r.ok ? [r.record] : []));
  const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
  if (records.length === 0 && failures.length > 0) throw new CorpusLoadError(failures);
  // The corpus and what `prepare` makes of it (the explorer's filter index) each take a task of their
  // own (a third of a second each at 100,000 events) rather than joining the render that first draws.
  await nextTask();
  const built = buildCorpus(records);
  // Only the corpus is kept: each record without its paragraphs (the reader fetches them again) and
  // with the corpus's entities instead of its own copies.
  const files = new Map(wanted.map((entry) => [entry.id, entry]));
  const lean = records.map((record) => {
    const entry = files.get(record.id);
    return entry ? withoutText(record, { file: entry.file, sha256: hashes.get(entry.file) }, built) : record;
  });
  const corpus: Corpus = { ...built, articles: lean };
  if (prepare) {
    await nextTask();
    prepare(corpus);
  }
  return { records: lean, failures, index: parsed.data.articles, corpus };
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
