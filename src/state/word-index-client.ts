import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { entityNameTexts, eventOwnText, type WordIndex, wordIndexSteps } from '../model/filter-index.ts';
import type { WordIndexRequest, WordIndexResponse } from './word-index.worker.ts';

/** Events whose texts go to the worker in one message (and one task here): a few milliseconds' work. */
const SLICE = 5000;

/** What the caller hears of a build: how many events are indexed so far, then the index. */
export interface WordIndexListener {
  progress: (done: number) => void;
  done: (index: WordIndex) => void;
}

/** About how long one slice here takes (1,000 events); another runs if this much idle time is left. */
const SLICE_MS = 12;
/** A slice waits at most this long for idle time, so a page that is never idle still gets its search. */
const IDLE_WAIT_MS = 500;

/**
 * Builds the corpus's word index in a worker; where there are none, or the worker cannot run (its code
 * did not load, a strict CSP), in slices here. Returns a function that stops the build.
 */
export function startWordIndex(
  corpus: Corpus,
  waiting: { readonly current: boolean },
  listener: WordIndexListener,
): () => void {
  if (typeof Worker === 'undefined') return wordIndexInSlices(corpus, waiting, listener);
  let stop = wordIndexInWorker(corpus, listener, () => {
    stop = wordIndexInSlices(corpus, waiting, listener);
  });
  return () => stop();
}

/**
 * The word index built here, in slices of 1,000 events. Nobody waiting for the index
 * (`waiting.current` false), its slices take idle time only: the graph's render and layout, the list
 * and the reader go first. A text query waiting for it gets every task it can.
 */
export function wordIndexInSlices(
  corpus: Corpus,
  waiting: { readonly current: boolean },
  listener: WordIndexListener,
): () => void {
  const steps = wordIndexSteps(corpus, 1000);
  let timer = 0;
  let idle = 0;
  const run = (deadline?: IdleDeadline) => {
    // A slice at least; in idle time, as many as fit before the browser needs the thread back.
    do {
      const step = steps.next();
      if (step.done) {
        listener.done(step.value);
        return;
      }
      listener.progress(step.value);
    } while (deadline && !waiting.current && deadline.timeRemaining() > SLICE_MS);
    next();
  };
  const next = () => {
    if (waiting.current || typeof requestIdleCallback !== 'function') timer = window.setTimeout(run, 0);
    else idle = requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  };
  next();
  return () => {
    window.clearTimeout(timer);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}

/**
 * Builds the corpus's word index in a worker, so folding and splitting every event's text (seconds at
 * 100,000 events) takes another core instead of this thread's idle moments. Here only the texts are
 * gathered, a slice per task; the index comes back with its arrays transferred. Returns a function
 * that stops the build.
 */
export function wordIndexInWorker(
  corpus: Corpus,
  listener: WordIndexListener,
  failed: () => void,
): () => void {
  const worker = new Worker(new URL('./word-index.worker.ts', import.meta.url), { type: 'module' });
  let timer = 0;
  let over = false;
  const stop = () => {
    over = true;
    window.clearTimeout(timer);
    worker.terminate();
  };
  const post = (request: WordIndexRequest) => worker.postMessage(request);
  worker.onmessage = ({ data }: MessageEvent<WordIndexResponse>) => {
    if (over) return;
    if (data.kind === 'progress') listener.progress(data.done);
    else {
      stop();
      listener.done(data.index);
    }
  };
  worker.onerror = () => {
    if (over) return;
    stop();
    failed();
  };
  const { events, entities } = corpus;
  let first = 0;
  const send = () => {
    const end = Math.min(events.length, first + SLICE);
    const texts: string[] = [];
    for (let i = first; i < end; i++) texts.push(eventOwnText(events[i] as CorpusEvent));
    post({ kind: 'texts', first, texts });
    first = end;
    if (first < events.length) timer = window.setTimeout(send, 0);
    else post({ kind: 'finish', names: entityNameTexts(entities) });
  };
  send();
  return stop;
}
