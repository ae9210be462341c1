import { type WordIndex, wordIndexWriter } from '../model/filter-index.ts';

/**
 * One build's events' own texts in order, a slice at a time from `first`, written one after the other
 * in `joined` with each one's length in `lengths`; then the entities' names to finish. A message of a
 * new build drops whatever an unfinished one had written.
 */
export type WordIndexRequest =
  | { kind: 'texts'; build: number; first: number; joined: string; lengths: Int32Array }
  | { kind: 'finish'; build: number; names: [string, string][] };

/** How many of a build's events are indexed so far; then its index, the typed arrays transferred. */
export type WordIndexResponse =
  | { kind: 'progress'; build: number; done: number }
  | { kind: 'done'; build: number; index: WordIndex };

// The app's tsconfig types `self` as a Window; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WordIndexRequest>) => void) | null;
  postMessage: (message: WordIndexResponse, transfer?: Transferable[]) => void;
};

let writer = wordIndexWriter();
let building = 0;

scope.onmessage = ({ data }) => {
  if (data.build !== building) {
    building = data.build;
    writer = wordIndexWriter();
  }
  if (data.kind === 'texts') {
    const { build, first, joined, lengths } = data;
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const end = at + (lengths[i] as number);
      writer.add(joined.slice(at, end), first + i);
      at = end;
    }
    scope.postMessage({ kind: 'progress', build, done: first + lengths.length });
    return;
  }
  const index = writer.finish(data.names);
  writer = wordIndexWriter();
  // Moved, not copied: at 100,000 events the postings are megabytes. A buffer is listed once even
  // where two arrays share it.
  const buffers = new Set<ArrayBufferLike>([
    index.wordStarts.buffer,
    index.postingStarts.buffer,
    index.postings.buffer,
    index.names.wordStarts.buffer,
  ]);
  scope.postMessage({ kind: 'done', build: data.build, index }, [...buffers] as ArrayBuffer[]);
};
