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

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the word index worker', () => {
  it('builds from the texts, slice by slice, the index the page builds from the corpus', async () => {
    const corpus = large(6001);
    const worker = await startWorker();
    const texts = corpus.events.map(eventOwnText);
    worker.send({ kind: 'texts', first: 0, texts: texts.slice(0, 5000) });
    worker.send({ kind: 'texts', first: 5000, texts: texts.slice(5000) });
    worker.send({ kind: 'finish', names: entityNameTexts(corpus.entities) });
    const messages = worker.posted.map((p) => p.message);
    expect(messages.slice(0, 2)).toEqual([
      { kind: 'progress', done: 5000 },
      { kind: 'progress', done: 6001 },
    ]);
    const done = messages[2];
    expect(done?.kind).toBe('done');
    expect(done?.kind === 'done' && done.index).toEqual(buildWordIndex(corpus));
    // Each buffer moved once: listing one twice would make postMessage throw.
    const transfer = worker.posted[2]?.transfer ?? [];
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(transfer.length).toBeGreaterThanOrEqual(3);
  });

  it('starts afresh after finishing, so a second corpus shares nothing with the first', async () => {
    const worker = await startWorker();
    const first = large(10);
    const second = large(3000);
    worker.send({ kind: 'texts', first: 0, texts: first.events.map(eventOwnText) });
    worker.send({ kind: 'finish', names: entityNameTexts(first.entities) });
    worker.send({ kind: 'texts', first: 0, texts: second.events.map(eventOwnText) });
    worker.send({ kind: 'finish', names: entityNameTexts(second.entities) });
    const last = worker.posted.at(-1)?.message;
    expect(last?.kind === 'done' && last.index).toEqual(buildWordIndex(second));
  });
});
