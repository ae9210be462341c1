import { type BuiltWordIndex, builtWordIndexOf } from '../data/built-word-index.ts';
import { fetchBytes } from '../data/fetch-bytes.ts';
import { sha256Hex } from '../data/verify-record.ts';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { entityNameTexts, eventOwnText, type WordIndex, wordIndexSteps } from '../model/filter-index.ts';
import { decodeWordIndex } from '../model/word-index-file.ts';
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
 * The corpus's word index: the one the build wrote, for the corpus it planned (fetched, its hash and
 * shape checked); else, or when that file cannot be had, built in a worker; where there are none,
 * or the worker cannot run (its code did not load, a strict CSP), in slices here. Returns a function
 * that stops it.
 */
export function startWordIndex(
  corpus: Corpus,
  waiting: { readonly current: boolean },
  listener: WordIndexListener,
): () => void {
  const file = builtWordIndexOf(corpus);
  if (!file) return buildWordIndexHere(corpus, waiting, listener);
  const fetching = new AbortController();
  let stop = () => fetching.abort();
  // Whatever goes wrong with the file, the index is built here instead.
  readBuiltWordIndex(file, corpus.events.length, fetching.signal)
    .catch(() => null)
    .then((index) => {
      if (fetching.signal.aborted) return;
      if (index) listener.done(index);
      else stop = buildWordIndexHere(corpus, waiting, listener);
    });
  return () => stop();
}

/** The word index in the build's file if its bytes are the ones the build wrote and hold one; else null. */
async function readBuiltWordIndex(
  { file, sha256 }: BuiltWordIndex,
  events: number,
  signal: AbortSignal,
): Promise<WordIndex | null> {
  const loaded = await fetchBytes(file, signal);
  if (!('bytes' in loaded) || (await sha256Hex(loaded.bytes)) !== sha256) return null;
  return decodeWordIndex(loaded.bytes, events);
}

function buildWordIndexHere(
  corpus: Corpus,
  waiting: { readonly current: boolean },
  listener: WordIndexListener,
): () => void {
  if (typeof Worker === 'undefined') return wordIndexInSlices(corpus, waiting, listener);
  let stop: () => void;
  try {
    stop = wordIndexInWorker(corpus, listener, () => {
      stop = wordIndexInSlices(corpus, waiting, listener);
    });
  } catch {
    // A page whose policy forbids workers can throw at `new Worker` rather than fire its error event.
    stop = wordIndexInSlices(corpus, waiting, listener);
  }
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

// One worker, kept once started and used for every build: a terminated worker left the page some 50 MB
// it did not give back (100,000 events, renderer private memory); an idle one holds a few.
let shared: Worker | null = null;
let builds = 0;

/** Ends the shared worker, so the next build starts a new one (tests; a worker that failed). */
export function dropWordIndexWorker(): void {
  shared?.terminate();
  shared = null;
}

/**
 * Builds the corpus's word index in a worker, so folding and splitting every event's text (seconds at
 * 100,000 events) takes another core instead of this thread's idle moments. Here only the texts are
 * gathered, a slice per task; the index comes back with its arrays transferred. Returns a function
 * that stops the build (what the worker was already sent it finishes, unheard).
 */
export function wordIndexInWorker(
  corpus: Corpus,
  listener: WordIndexListener,
  failed: () => void,
): () => void {
  shared ??= new Worker(new URL('./word-index.worker.ts', import.meta.url), { type: 'module' });
  const worker = shared;
  const build = ++builds;
  let timer = 0;
  const stop = () => {
    window.clearTimeout(timer);
    worker.removeEventListener('message', heard);
    worker.removeEventListener('error', broke);
    worker.removeEventListener('messageerror', broke);
  };
  const post = (request: WordIndexRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  function heard({ data }: MessageEvent<WordIndexResponse>) {
    if (data.build !== build) return;
    if (data.kind === 'progress') listener.progress(data.done);
    else {
      stop();
      listener.done(data.index);
    }
  }
  function broke() {
    stop();
    if (shared === worker) dropWordIndexWorker();
    failed();
  }
  worker.addEventListener('message', heard);
  worker.addEventListener('error', broke);
  worker.addEventListener('messageerror', broke);
  const { events, entities } = corpus;
  let first = 0;
  const send = () => {
    const end = Math.min(events.length, first + SLICE);
    // One string and one array per slice: cloning thousands of small strings cost the page tens of
    // megabytes it did not give back.
    const lengths = new Int32Array(end - first);
    let joined = '';
    for (let i = first; i < end; i++) {
      const text = eventOwnText(events[i] as CorpusEvent);
      lengths[i - first] = text.length;
      joined += text;
    }
    post({ kind: 'texts', build, first, joined, lengths }, [lengths.buffer]);
    first = end;
    if (first < events.length) timer = window.setTimeout(send, 0);
    else post({ kind: 'finish', build, names: entityNameTexts(entities) });
  };
  send();
  return stop;
}
