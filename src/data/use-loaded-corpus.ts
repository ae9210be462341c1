import { useMemo } from 'react';
import { buildCorpus, type Corpus, type CorpusArticle } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import type { UrlState } from '../model/url-state.ts';
import { useBundledRecords } from './get-corpus.ts';
import { useRemoteRecords } from './get-remote-records.ts';
import { CorpusLoadError, type LoadFailure } from './load-error.ts';
import type { LocalFiles } from './use-local-files.ts';

const NONE: CorpusArticle[] = [];

/** Where a loaded article came from, for the article list. */
export type Origin = 'bundled' | 'link' | 'file';

/** The corpus the views show, from every source at once, with what failed and how things stand. */
export interface LoadedCorpus {
  status: 'loading' | 'error' | 'ready';
  corpus: Corpus;
  failures: LoadFailure[];
  origins: ReadonlyMap<string, Origin>;
  /** Every bundled article, loaded or not, so the reader can switch to one. */
  index: IndexEntry[];
  retry: () => void;
}

/**
 * Joins the bundled records (only the `article` ids when the link names some), the `src` records
 * and the reader's own files into one corpus. A later source replaces an earlier record of the same
 * id: files over links over the bundle.
 */
export function useLoadedCorpus(
  state: UrlState,
  local: LocalFiles,
  /** Work to do on the bundled corpus in a task of its own before it is drawn (a stable function). */
  prepare?: (corpus: Corpus) => void,
): LoadedCorpus {
  const bundled = useBundledRecords(state.article, state.bundled, prepare);
  const remote = useRemoteRecords(state.src);

  const bundledRecords = (state.bundled && bundled.data?.records) || NONE;
  const bundledCorpus = state.bundled ? bundled.data?.corpus : undefined;
  const remoteResults = remote.map((q) => q.data);
  const remoteKey = remote.map((q) => q.dataUpdatedAt).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: remote results change only with remoteKey
  const merged = useMemo(() => {
    const origins = new Map<string, Origin>();
    const byId = new Map<string, CorpusArticle>();
    const put = (records: CorpusArticle[], origin: Origin) => {
      for (const record of records) {
        byId.delete(record.id);
        byId.set(record.id, record);
        origins.set(record.id, origin);
      }
    };
    put(bundledRecords, 'bundled');
    put(
      remoteResults.flatMap((r) => (r?.ok ? [r.record] : [])),
      'link',
    );
    put(local.records, 'file');
    // The bundled records alone come with their corpus, built while they loaded.
    const onlyBundled =
      bundledCorpus !== undefined &&
      byId.size === bundledRecords.length &&
      [...origins.values()].every((origin) => origin === 'bundled');
    return { corpus: onlyBundled ? bundledCorpus : buildCorpus([...byId.values()]), origins };
  }, [bundledRecords, bundledCorpus, remoteKey, local.records]);

  const failures: LoadFailure[] = [
    ...(state.bundled && bundled.data ? bundled.data.failures : []),
    ...(bundled.error instanceof CorpusLoadError ? bundled.error.failures : []),
    ...(bundled.error && !(bundled.error instanceof CorpusLoadError)
      ? [{ kind: 'network' as const, file: 'data/index.json', detail: String(bundled.error) }]
      : []),
    ...remoteResults.flatMap((r) => (r && !r.ok ? [r.failure] : [])),
    ...local.failures,
  ];
  const waiting = (state.bundled && bundled.isPending) || remote.some((q) => q.isPending) || local.restoring;
  const status = waiting
    ? 'loading'
    : merged.corpus.articles.length === 0 && failures.length > 0
      ? 'error'
      : 'ready';

  return {
    status,
    corpus: merged.corpus,
    failures,
    origins: merged.origins,
    index: bundled.data?.index ?? [],
    retry: () => {
      void bundled.refetch();
      for (const q of remote) void q.refetch();
    },
  };
}
