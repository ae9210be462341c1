import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus, CorpusArticle } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import type { UrlState } from '../model/url-state.ts';
import { CORPUS_BUILDER_FILE, corpusBuilder } from './corpus-builder.ts';
import { useBundledRecords } from './get-corpus.ts';
import { useRemoteRecords } from './get-remote-records.ts';
import { CorpusLoadError, type LoadFailure } from './load-error.ts';
import { retryableImport } from './retryable-import.ts';
import { taskBudget } from './task-budget.ts';
import type { LocalFiles } from './use-local-files.ts';

const NONE: CorpusArticle[] = [];
const NO_INDEX: IndexEntry[] = [];

/** Where a loaded article came from, for the article list. */
export type Origin = 'bundled' | 'link' | 'file';

/** Where an article from outside the bundle came from, shown beside it so it is never mistaken for ours. */
export interface Provenance {
  origin: 'link' | 'file';
  /** The host of the link's address ("records.example"); null for the reader's own files. */
  host: string | null;
  /** Whether it took the place of a bundled article with the same id. */
  replacesBundled: boolean;
}

function hostOf(src: string): string | null {
  try {
    return new URL(src, document.baseURI).host;
  } catch {
    return null;
  }
}

/** The corpus the views show, from every source at once, with what failed and how things stand. */
export interface LoadedCorpus {
  status: 'loading' | 'error' | 'ready';
  corpus: Corpus;
  failures: LoadFailure[];
  /** Where each article came from; an article it does not name is bundled. */
  origins: ReadonlyMap<string, Origin>;
  /** The articles that came from a link or a file, by id. */
  provenance: ReadonlyMap<string, Provenance>;
  /** `src` addresses still being fetched: the others are shown meanwhile. */
  pending: string[];
  /** Every bundled article, loaded or not, so the reader can switch to one. */
  index: IndexEntry[];
  retry: () => void;
}

const NO_ORIGINS: ReadonlyMap<string, Origin> = new Map();
const NO_PROVENANCE: ReadonlyMap<string, Provenance> = new Map();

type Align = (articles: CorpusArticle[]) => CorpusArticle[];
const asIs: Align = (articles) => articles;

/**
 * Entity alignment across records (src/model/align-entities.ts), which only records from links and
 * files need: loaded when the first such record is on its way (a file being read, a link), so it is
 * usually here before the record is read and checked. Null while it is wanted and still coming: the
 * corpus waits for it rather than being built without it and then again with it (a dropped
 * 10,000-event file was built twice, some 250 ms of the page's time).
 */
// If it cannot be fetched, records are joined as they are, and it is fetched again when next needed.
const alignerCode = retryableImport(() => import('../model/align-entities.ts'));

export function useEntityAligner(needed: boolean): Align | null {
  const [align, setAlign] = useState<{ fn: Align } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || align) return;
    let live = true;
    alignerCode().then(
      (m) => live && setAlign({ fn: (articles) => m.alignEntityIds(articles) }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, align]);
  if (align) return align.fn;
  return needed && !failed ? null : asIs;
}

/** How long one slice of a corpus build may run before the page gets a turn. */
const SLICE_MS = 30;

const EMPTY_CORPUS: Corpus = { articles: [], entities: new Map(), events: [], notes: [], problems: [] };

/**
 * The corpus of `articles` (null: none wanted), built in tasks of its own after the render that asked
 * for it, as the bundled corpus is: the build, then `prepare` (the explorer's filter index), then the
 * render that draws it. Built inside that render, a dropped file of 10,000 events made one task of
 * some 130 ms. `corpus` is null until the corpus of the current articles is ready; `failure` says
 * why it cannot be (the code that builds it could not be fetched), and `retry` tries again.
 */
function useBuiltCorpus(
  articles: CorpusArticle[] | null,
  align: Align,
  prepare?: (corpus: Corpus) => void,
): { corpus: Corpus | null; failure: LoadFailure | null; retry: () => void } {
  const [built, setBuilt] = useState<{ of: CorpusArticle[]; align: Align; corpus: Corpus } | null>(null);
  const [failed, setFailed] = useState<{ of: CorpusArticle[]; failure: LoadFailure } | null>(null);
  const [tries, setTries] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new try is a reason to build again
  useEffect(() => {
    // No articles make the empty corpus, which needs no code fetched.
    if (!articles || articles.length === 0) return;
    let live = true;
    let timer = 0;
    corpusBuilder().then(
      ({ corpusBuildSteps }) => {
        if (!live) return;
        timer = window.setTimeout(() => {
          // A drafted record's «sergey-lavrov» is the seed's «lavrov»: one person through the gazetteer.
          const steps = corpusBuildSteps(align(articles));
          // The build runs in slices of some 30 ms, each a task of its own, so the page answers
          // between them (ten thousand events of a reader's files were one task of 220 ms); a
          // slice ends early when input waits.
          const slice = () => {
            const spent = taskBudget(SLICE_MS);
            let step = steps.next();
            while (!step.done && !spent()) step = steps.next();
            if (!step.done) {
              timer = window.setTimeout(slice, 0);
              return;
            }
            const corpus = step.value;
            timer = window.setTimeout(() => {
              prepare?.(corpus);
              // A transition: React renders the views of the new corpus in slices, yielding to the
              // page between them (two hostile records' views rendered at once took one 150 ms task).
              if (live) startTransition(() => setBuilt({ of: articles, align, corpus }));
            }, 0);
          };
          slice();
        }, 0);
      },
      (error: unknown) => {
        if (live)
          setFailed({
            of: articles,
            failure: { kind: 'network', file: CORPUS_BUILDER_FILE, detail: String(error) },
          });
      },
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [articles, align, prepare, tries]);
  if (articles?.length === 0) return { corpus: EMPTY_CORPUS, failure: null, retry: () => {} };
  return {
    corpus: built && built.of === articles && built.align === align ? built.corpus : null,
    failure: failed && failed.of === articles ? failed.failure : null,
    retry: () => {
      setFailed(null);
      setTries((n) => n + 1);
    },
  };
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
  const bundledIndex = bundled.data?.index ?? NO_INDEX;
  const remoteResults = remote.map((q) => q.data);
  const remoteKey = `${state.src.join('\n')}|${remote.map((q) => q.dataUpdatedAt).join()}`;
  const align = useEntityAligner(local.reading || local.records.length > 0 || state.src.length > 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: remote results change only with remoteKey
  const sources = useMemo(() => {
    // The bundled records alone (the usual first load) come with their corpus, built while they
    // loaded, and are all bundled: nothing is gone through article by article (some 30 ms of the
    // first draw at 100,000 events, 33,000 articles).
    if (bundledCorpus !== undefined && state.src.length === 0 && local.records.length === 0) {
      return {
        ready: bundledCorpus,
        articles: bundledRecords,
        origins: NO_ORIGINS,
        provenance: NO_PROVENANCE,
      };
    }
    const origins = new Map<string, Origin>();
    const provenance = new Map<string, Provenance>();
    const byId = new Map<string, CorpusArticle>();
    const bundledIds = new Set([...bundledIndex.map((e) => e.id), ...bundledRecords.map((r) => r.id)]);
    const put = (records: CorpusArticle[], origin: Origin, host: (i: number) => string | null) => {
      records.forEach((record, i) => {
        byId.delete(record.id);
        byId.set(record.id, record);
        origins.set(record.id, origin);
        if (origin !== 'bundled') {
          provenance.set(record.id, { origin, host: host(i), replacesBundled: bundledIds.has(record.id) });
        }
      });
    };
    put(bundledRecords, 'bundled', () => null);
    const fromLinks = state.src.flatMap((src, i) => {
      const r = remoteResults[i];
      return r?.ok ? [{ src, record: r.record }] : [];
    });
    put(
      fromLinks.map((l) => l.record),
      'link',
      (i) => hostOf(fromLinks[i]?.src ?? ''),
    );
    put(local.records, 'file', () => null);
    // The bundled records alone come with their corpus, built while they loaded.
    const onlyBundled =
      bundledCorpus !== undefined &&
      byId.size === bundledRecords.length &&
      [...origins.values()].every((origin) => origin === 'bundled');
    return {
      // The bundled corpus as it came, or the articles to build one of.
      ready: onlyBundled ? bundledCorpus : null,
      articles: [...byId.values()],
      origins,
      provenance,
    };
  }, [bundledRecords, bundledCorpus, bundledIndex, remoteKey, local.records]);
  const joined = useBuiltCorpus(
    sources.ready === null && align !== null ? sources.articles : null,
    align ?? asIs,
    prepare,
  );
  const built = joined.corpus;
  // While records from links and files are joined, the last corpus built stays on screen (or the bundled
  // one, the first time), so adding a file never blanks the views.
  const lastShown = useRef<Corpus | null>(null);
  const corpus = sources.ready ?? built ?? lastShown.current ?? bundledCorpus ?? EMPTY_CORPUS;
  const building = sources.ready === null && built === null && joined.failure === null;
  useEffect(() => {
    lastShown.current = corpus;
  });
  const merged = { corpus, origins: sources.origins, provenance: sources.provenance };

  const failures: LoadFailure[] = [
    ...(state.bundled && bundled.data ? bundled.data.failures : []),
    ...(bundled.error instanceof CorpusLoadError ? bundled.error.failures : []),
    ...(bundled.error && !(bundled.error instanceof CorpusLoadError)
      ? [{ kind: 'network' as const, file: 'data/index.json', detail: String(bundled.error) }]
      : []),
    ...remoteResults.flatMap((r) => (r && !r.ok ? [r.failure] : [])),
    ...local.failures,
    ...(joined.failure ? [joined.failure] : []),
  ];
  const pending = state.src.filter((_, i) => remote[i]?.isPending);
  // One slow source must not hold back the others: the explorer waits only while there is nothing
  // at all to show (and while the reader's kept files are restored, so they do not flash in later).
  const nothingShown = merged.corpus.articles.length === 0;
  const waiting =
    local.restoring ||
    (nothingShown && ((state.bundled && bundled.isPending) || pending.length > 0 || building));
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
    provenance: merged.provenance,
    pending,
    index: bundled.data?.index ?? [],
    retry: () => {
      joined.retry();
      void bundled.refetch();
      for (const q of remote) void q.refetch();
    },
  };
}
