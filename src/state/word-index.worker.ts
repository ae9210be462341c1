import { type WordIndex, wordIndexWriter } from '../model/filter-index.ts';

/** The events' own texts in order, a slice at a time from `first`; then the entities' names to finish. */
export type WordIndexRequest =
  | { kind: 'texts'; first: number; texts: string[] }
  | { kind: 'finish'; names: [string, string][] };

/** How many events are indexed so far; then the index, its typed arrays transferred. */
export type WordIndexResponse = { kind: 'progress'; done: number } | { kind: 'done'; index: WordIndex };

// The app's tsconfig types `self` as a Window; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WordIndexRequest>) => void) | null;
  postMessage: (message: WordIndexResponse, transfer?: Transferable[]) => void;
};

let writer = wordIndexWriter();

scope.onmessage = ({ data }) => {
  if (data.kind === 'texts') {
    data.texts.forEach((text, i) => {
      writer.add(text, data.first + i);
    });
    scope.postMessage({ kind: 'progress', done: data.first + data.texts.length });
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
  scope.postMessage({ kind: 'done', index }, [...buffers] as ArrayBuffer[]);
};
