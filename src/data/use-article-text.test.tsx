// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../model/build-corpus.ts';
import { type CorpusArticle, withoutText } from '../model/corpus.ts';
import { seedJson, seedRecord } from '../test/seed-record.ts';
import { type ArticleText, useArticleText } from './use-article-text.ts';
import { sha256Hex } from './verify-record.ts';

const seed = seedRecord();
const corpus = buildCorpus([seed]);
const served = `${JSON.stringify(seed)}\n`;
let root: Root;
const seen: ArticleText[] = [];

function Probe({ article }: { article: CorpusArticle }) {
  seen.push(useArticleText(article));
  return null;
}

async function show(article: CorpusArticle) {
  const client = new QueryClient();
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <Probe article={article} />
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(() => expect(seen.at(-1)?.status).not.toBe('loading'));
  return seen.at(-1);
}

const respond = (body: string, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(document.createElement('div'));
  seen.length = 0;
});
afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

describe('useArticleText', () => {
  it('gives the paragraphs of an article the corpus kept whole without fetching', async () => {
    const fetching = respond('{}');
    expect(await show(seed)).toEqual({ status: 'ready', paragraphs: seed.paragraphs });
    expect(fetching).not.toHaveBeenCalled();
  });

  it('fetches the text of a kept-without-text article, checked by its hash', async () => {
    const sha256 = (await sha256Hex(new TextEncoder().encode(served) as Uint8Array<ArrayBuffer>)) ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const fetching = respond(served);
    const lean = withoutText(seed, { file: 'data/articles/seed.json', sha256 }, corpus);
    const text = await show(lean);
    expect(text).toEqual({ status: 'ready', paragraphs: seed.paragraphs });
    expect(String(fetching.mock.calls[0]?.[0])).toMatch(/\/data\/articles\/seed\.json$/);
    expect(seen[0]).toEqual({ status: 'loading' });
  });

  it('reports a file that changed since the corpus was read from it, rather than showing it', async () => {
    respond(served.replace('"paragraphs":["', '"paragraphs":["تعديل. '));
    const sha256 = (await sha256Hex(new TextEncoder().encode(served) as Uint8Array<ArrayBuffer>)) ?? '';
    const text = await show(withoutText(seed, { file: 'data/articles/seed.json', sha256 }, corpus));
    expect(text).toEqual({ status: 'error', failure: { kind: 'changed', file: 'data/articles/seed.json' } });
  });

  it('without a hash to compare, checks the record in full and names the file and the field', async () => {
    const broken = seedJson();
    delete (broken as Record<string, unknown>).headline;
    respond(JSON.stringify(broken));
    const text = await show(withoutText(seed, { file: 'data/articles/seed.json' }, corpus));
    expect(text?.status).toBe('error');
    const failure = text?.status === 'error' ? text.failure : null;
    expect(failure).toMatchObject({ kind: 'schema', file: 'data/articles/seed.json' });
    expect(failure?.kind === 'schema' ? failure.problems.map((p) => p.path) : []).toEqual(['headline']);
  });

  it('says the server answered with an error, and which file', async () => {
    respond('not here', 404);
    const text = await show(withoutText(seed, { file: 'data/articles/gone.json' }, corpus));
    expect(text).toEqual({
      status: 'error',
      failure: { kind: 'network', file: 'data/articles/gone.json', detail: 'HTTP 404' },
    });
  });
});
