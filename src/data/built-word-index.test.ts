// @vitest-environment jsdom
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { readCorpusFiles } from '../../scripts/corpus-files.ts';
import type { Corpus } from '../model/corpus.ts';
import { buildWordIndex, type WordIndex } from '../model/filter-index.ts';
import { startWordIndex } from '../state/word-index-client.ts';
import { scratchDir } from '../test/scratch-dir.ts';
import { builtWordIndexOf } from './built-word-index.ts';
import { fetchBundled } from './get-corpus.ts';

// What the build serves for invented records (source.invented) of 1,600 events, some reported twice
// (sameAs): more than are indexed at once, so the build writes their word index.
let served: Map<string, string | Uint8Array<ArrayBuffer>>;
let words: { file: string; sha256: string };

beforeAll(() => {
  const dir = scratchDir('rasd-words-');
  for (const record of generateCorpus({ events: 1_600, seed: 5 }).records) {
    writeFileSync(join(dir, `${record.id}.json`), JSON.stringify(record));
  }
  const files = readCorpusFiles(dir);
  served = new Map<string, string | Uint8Array<ArrayBuffer>>([
    ['data/index.json', JSON.stringify(files.index)],
    ...files.shards,
    ...files.records.map(({ record, json }) => [`data/articles/${record.id}.json`, json] as const),
  ]);
  if (!files.words || !files.index.words) throw new Error('no word index written');
  served.set(files.words.file, files.words.bytes);
  words = files.index.words;
}, 30_000);

/** Serves the build's files; `changed` replaces some. Returns the paths asked for. */
function serve(changed: Record<string, Uint8Array<ArrayBuffer>> = {}) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: URL) => {
    const path = url.pathname.replace(/^\//, '');
    asked.push(path);
    const body = changed[path] ?? served.get(path);
    return Promise.resolve(body === undefined ? new Response('', { status: 404 }) : new Response(body));
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The word index startWordIndex gives the corpus, and whether it reported progress on the way. */
function wordIndexOf(corpus: Corpus): Promise<{ index: WordIndex; progressed: boolean }> {
  return new Promise((resolve) => {
    let progressed = false;
    startWordIndex(
      corpus,
      { current: true },
      {
        progress: () => {
          progressed = true;
        },
        done: (index) => resolve({ index, progressed }),
      },
    );
  });
}

describe("the build's word index", () => {
  it('is used for the corpus the build planned, and is the index the browser would build of it', async () => {
    const asked = serve();
    const { corpus } = await fetchBundled([]);
    expect(corpus.events).toHaveLength(1_600);
    expect(builtWordIndexOf(corpus)).toEqual(words);
    expect(asked).not.toContain('data/words.bin');
    const { index, progressed } = await wordIndexOf(corpus);
    // Fetched, not built: no slice of it was made here.
    expect(asked).toContain('data/words.bin');
    expect(progressed).toBe(false);
    expect(index).toEqual(buildWordIndex(corpus));
  }, 30_000);

  it('is built here instead when the file is not the one the index names', async () => {
    const bytes = new Uint8Array(served.get('data/words.bin') as Uint8Array<ArrayBuffer>);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    serve({ 'data/words.bin': bytes });
    const { corpus } = await fetchBundled([]);
    const { index, progressed } = await wordIndexOf(corpus);
    expect(progressed).toBe(true);
    expect(index).toEqual(buildWordIndex(corpus));
  }, 30_000);

  it('belongs to that corpus only: one joined with other records builds its own', async () => {
    serve();
    const { corpus } = await fetchBundled([]);
    expect(builtWordIndexOf({ ...corpus })).toBeUndefined();
    // Some articles named by a link are not the planned corpus either.
    const some = await fetchBundled([corpus.articles[0]?.id ?? '']);
    expect(builtWordIndexOf(some.corpus)).toBeUndefined();
  }, 30_000);
});
