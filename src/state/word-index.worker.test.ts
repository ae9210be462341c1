import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { buildWordIndex, entityNameTexts, eventOwnText } from '../model/filter-index.ts';
import { seedCorpus } from '../test/seed-record.ts';
import type { WordIndexRequest, WordIndexResponse } from './word-index.worker.ts';

/** The seed's events again and again under new ids, with a word of their own in every 997th title. */
function large(n: number): Corpus {
  const seed = seedCorpus();
  const events = Array.from({ length: n }, (_, i) => {
    const event = seed.events[i % seed.events.length] as CorpusEvent;
    const title = i % 997 === 0 ? { ...event.title, en: `${event.title.en} marker${i}` } : event.title;
    return { ...event, id: `e${i}`, title };
  });
  return { ...seed, events };
}

/** Loads the worker's module against a stand-in worker scope; returns what it posts, with the transfer lists. */
async function startWorker() {
  const posted: { message: WordIndexResponse; transfer: Transferable[] }[] = [];
  const scope: {
    onmessage: ((event: { data: WordIndexRequest }) => void) | null;
    postMessage: (message: WordIndexResponse, transfer?: Transferable[]) => void;
  } = { onmessage: null, postMessage: (message, transfer = []) => posted.push({ message, transfer }) };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./word-index.worker.ts');
  return { posted, send: (request: WordIndexRequest) => scope.onmessage?.({ data: request }) };
}

/** A slice of texts as the page sends it: one after the other, with their lengths. */
const slice = (first: number, texts: string[], build = 1): WordIndexRequest => ({
  kind: 'texts',
  build,
  first,
  joined: texts.join(''),
  lengths: Int32Array.from(texts, (text) => text.length),
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the word index worker', () => {
  it('builds from the texts, slice by slice, the index the page builds from the corpus', async () => {
    const corpus = large(6001);
    const worker = await startWorker();
    const texts = corpus.events.map(eventOwnText);
    worker.send(slice(0, texts.slice(0, 5000)));
    worker.send(slice(5000, texts.slice(5000)));
    worker.send({ kind: 'finish', build: 1, names: entityNameTexts(corpus.entities) });
    const messages = worker.posted.map((p) => p.message);
    expect(messages.slice(0, 2)).toEqual([
      { kind: 'progress', build: 1, done: 5000 },
      { kind: 'progress', build: 1, done: 6001 },
    ]);
    expect(messages[2]?.build).toBe(1);
    const done = messages[2];
    expect(done?.kind).toBe('done');
    expect(done?.kind === 'done' && done.index).toEqual(buildWordIndex(corpus));
    // Each buffer moved once: listing one twice would make postMessage throw.
    const transfer = worker.posted[2]?.transfer ?? [];
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(transfer.length).toBeGreaterThanOrEqual(3);
  });

  it('starts afresh for each build: a new one drops what an unfinished one wrote, and a finished one', async () => {
    const worker = await startWorker();
    const first = large(10);
    const second = large(3000);
    const third = large(20);
    worker.send(slice(0, first.events.map(eventOwnText), 1));
    worker.send({ kind: 'finish', build: 1, names: entityNameTexts(first.entities) });
    // Build 2 is left unfinished: its first slice is all the worker hears of it.
    worker.send(slice(0, third.events.map(eventOwnText), 2));
    worker.send(slice(0, second.events.map(eventOwnText), 3));
    worker.send({ kind: 'finish', build: 3, names: entityNameTexts(second.entities) });
    const last = worker.posted.at(-1)?.message;
    expect(last?.build).toBe(3);
    expect(last?.kind === 'done' && last.index).toEqual(buildWordIndex(second));
  });
});
