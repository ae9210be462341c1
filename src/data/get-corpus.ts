import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleRecord } from '../model/article-schema.ts';
import { buildCorpus, type Corpus } from '../model/corpus.ts';
import { CorpusLoadError, type LoadFailure } from './load-error.ts';

/** Where the build serves the corpus index, relative to the page. */
export const INDEX_FILE = 'data/index.json';

async function fetchJson(file: string, signal?: AbortSignal): Promise<{ value: unknown } | LoadFailure> {
  let response: Response;
  try {
    response = await fetch(new URL(file, document.baseURI), { signal });
  } catch (error) {
    return { kind: 'network', file, detail: (error as Error).message };
  }
  if (!response.ok)
    return { kind: 'network', file, detail: `HTTP ${response.status} ${response.statusText}`.trim() };
  const text = await response.text();
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { kind: 'json', file, detail: (error as Error).message };
  }
}

/**
 * Fetches the index, then every record it lists, validating each with the same rules as
 * `rasd validate`. Good records load even when others fail; the failures travel with the corpus.
 */
export async function fetchCorpus(
  signal?: AbortSignal,
): Promise<{ corpus: Corpus; failures: LoadFailure[] }> {
  // The validator (and zod) is its own chunk, fetched alongside the index rather than before the
  // first screen: the initial bundle stays small and nothing goes unchecked.
  const validators = Promise.all([
    import('../model/corpus-index.ts'),
    import('../model/validate-article.ts'),
  ]);
  const index = await fetchJson(INDEX_FILE, signal);
  const [{ corpusIndexSchema }, { validateArticle }] = await validators;
  if (!('value' in index)) throw new CorpusLoadError([index]);
  const parsedIndex = corpusIndexSchema.safeParse(index.value);
  if (!parsedIndex.success) {
    const problems = parsedIndex.error.issues.map((i: { path: PropertyKey[]; message: string }) => ({
      path: i.path.join('.') || '(index)',
      message: i.message,
    }));
    throw new CorpusLoadError([{ kind: 'schema', file: INDEX_FILE, problems }]);
  }
  const results = await Promise.all(
    parsedIndex.data.articles.map(async (entry): Promise<ArticleRecord | LoadFailure> => {
      const loaded = await fetchJson(entry.file, signal);
      if (!('value' in loaded)) return loaded;
      const checked = validateArticle(loaded.value);
      return checked.ok ? checked.record : { kind: 'schema', file: entry.file, problems: checked.problems };
    }),
  );
  const records = results.filter((r): r is ArticleRecord => !('kind' in r && 'file' in r));
  const failures = results.filter((r): r is LoadFailure => 'kind' in r && 'file' in r);
  if (records.length === 0 && failures.length > 0) throw new CorpusLoadError(failures);
  return { corpus: buildCorpus(records), failures };
}

/** Query options for the bundled corpus; it never goes stale within a visit. */
export const corpusQueryOptions = () =>
  queryOptions({
    queryKey: ['corpus', INDEX_FILE],
    queryFn: ({ signal }) => fetchCorpus(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** The loaded corpus with its loading and error states. */
export function useCorpus() {
  return useQuery(corpusQueryOptions());
}
