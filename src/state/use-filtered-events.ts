import { useEffect, useMemo, useRef, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { type FilterState, filterEvents, NO_FILTER, textPending } from '../model/filter-events.ts';
import { buildWordIndex, type FilterIndex, filterIndexOf, type WordIndex } from '../model/filter-index.ts';
import type { UrlState } from '../model/url-state.ts';
import { markViewPresented, VIEW_MARKS } from './view-marks.ts';

/** The URL's filters in the model's terms. */
export function toFilterState(state: UrlState): FilterState {
  return {
    ...NO_FILTER,
    articles: state.article,
    persons: state.person,
    personMode: state.mode,
    types: state.type,
    from: state.from,
    to: state.to,
    countries: state.country,
    statuses: state.status,
    certainties: state.certainty,
    q: state.q,
  };
}

// The code that builds a large corpus's word index (in a worker, or failing that in idle slices here)
// loads only for a corpus that needs it, after the first draw.
const wordIndexCode = retryableImport(() => import('./word-index-client.ts'));

/**
 * The filter index for a corpus; a large corpus gets its word index after the first draw, in a worker
 * (or, without one, in idle slices here). Its progress is rendered only while `waiting` (a text query
 * waits for the index): each render of it re-rendered the whole page, a hundred times at 100,000
 * events, and every one restarted the graph's deferred render.
 */
export function useFilterIndex(
  corpus: Corpus,
  waiting = true,
  /** False until the first draw is on screen: the index's code and work wait for it. */
  ready = true,
): { index: FilterIndex; progress: number } {
  const base = useMemo(() => filterIndexOf(corpus), [corpus]);
  const waitingNow = useRef(waiting);
  useEffect(() => {
    waitingNow.current = waiting;
  }, [waiting]);
  const [words, setWords] = useState<{ corpus: Corpus; index: FilterIndex['words'] }>({
    corpus,
    index: null,
  });
  const [progress, setProgress] = useState(base.words ? 1 : 0);

  useEffect(() => {
    if (base.words || !ready) return;
    let live = true;
    let stop = () => {};
    const listener = {
      progress: (done: number) => {
        if (waitingNow.current) setProgress(done / corpus.events.length);
      },
      done: (index: WordIndex) => {
        setWords({ corpus, index });
        setProgress(1);
      },
    };
    wordIndexCode().then(
      ({ startWordIndex }) => {
        if (live) stop = startWordIndex(corpus, waitingNow, listener);
      },
      // Without that code the index is built here at once: a long task, but search still works.
      () => live && listener.done(buildWordIndex(corpus)),
    );
    return () => {
      live = false;
      stop();
    };
  }, [corpus, base, ready]);

  const index = useMemo(
    () => (base.words || words.corpus !== corpus || !words.index ? base : { ...base, words: words.index }),
    [base, words, corpus],
  );
  useEffect(() => {
    if (index.words) markViewPresented(VIEW_MARKS.search);
  }, [index.words]);
  return { index, progress };
}

/** What every view shows: the events every filter keeps (the timeline's window is no filter). */
export interface FilteredEvents {
  index: FilterIndex;
  filter: FilterState;
  /** Every filter applied: the timeline, the list, the graph and the reader. */
  shown: CorpusEvent[];
  /** A text query is set but the word index is still being built (0–1 done). */
  pending: boolean;
  progress: number;
}

/** How many recent filter results are kept per index, so going back to a view is instant. */
const RECENT = 6;
const recent = new WeakMap<readonly CorpusEvent[], Map<string, CorpusEvent[]>>();

/**
 * filterEvents, remembering the last few results per index by the filter's content: the same filter
 * gives the very same array, so what is built from it (the timeline's layout, the graph) is reused —
 * going back to the unfiltered view of 100,000 events otherwise rebuilt its graph every time.
 */
export function recentFilterEvents(index: FilterIndex, filter: FilterState): CorpusEvent[] {
  // Kept by the corpus's events, not by the index object: a large corpus's word index arrives later
  // as a new index over the same events, and only a text query reads it. (Keyed by the index, the
  // unfiltered view got a second array, so a second graph of 100,000 events, 17 MB.)
  let results = recent.get(index.events);
  if (!results) {
    results = new Map();
    recent.set(index.events, results);
  }
  const key = `${filter.q.trim() !== '' && !index.words ? 'without words:' : ''}${JSON.stringify(filter)}`;
  let events = results.get(key);
  if (events) results.delete(key);
  else events = filterEvents(index, filter);
  results.set(key, events);
  if (results.size > RECENT) results.delete(results.keys().next().value as string);
  return events;
}

/** Filters the corpus by the URL state; pure model calls, memoised on their inputs. */
export function useFilteredEvents(
  corpus: Corpus,
  state: UrlState,
  /** False until the first draw is on screen (see useFilterIndex). */
  firstDrawn = true,
): FilteredEvents {
  const { index, progress } = useFilterIndex(corpus, state.q.trim() !== '', firstDrawn);
  // The same filter object while the filters say the same: a zoom writes only `window`, and with a new
  // object every view reading the filter (the facet counts, say) worked its answer out again.
  const next = toFilterState(state);
  const key = JSON.stringify(next);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the filter's content
  const filter = useMemo(() => next, [key]);
  // Recent results are kept by content, so a zoom (which writes only `window`) gives the very same
  // array and nothing is laid out again.
  const shown = useMemo(() => recentFilterEvents(index, filter), [index, filter]);
  return { index, filter, shown, pending: textPending(index, filter), progress };
}
