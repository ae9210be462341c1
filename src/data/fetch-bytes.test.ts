// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchInTurn } from './fetch-bytes.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch whose responses come when the test says: `started` lists the files asked for, in order. */
function heldFetch() {
  const started: string[] = [];
  const answers = new Map<string, (response: Response) => void>();
  vi.stubGlobal(
    'fetch',
    (url: URL) =>
      new Promise<Response>((resolve) => {
        const file = url.pathname.slice(1);
        started.push(file);
        answers.set(file, resolve);
      }),
  );
  const answer = async (file: string, status = 200) => {
    answers.get(file)?.(new Response(file, { status }));
    // The body read, the result handed on, the next fetch started.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, answer };
}

describe('fetchInTurn', () => {
  it('keeps at most `inFlight` files downloading, each next one starting as an earlier one arrives', async () => {
    const { started, answer } = heldFetch();
    const results = fetchInTurn(['a', 'b', 'c', 'd', 'e'], 2);
    expect([...results.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(started).toEqual(['a', 'b']);
    await answer('b');
    expect(started).toEqual(['a', 'b', 'c']);
    // A failed file frees its place as an arrived one does.
    await answer('a', 404);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    await answer('c');
    await answer('d');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    await answer('e');
    const decoded = async (file: string) => {
      const result = await results.get(file);
      return result && 'bytes' in result ? new TextDecoder().decode(result.bytes) : result;
    };
    expect(await decoded('a')).toEqual({ kind: 'network', file: 'a', detail: 'HTTP 404' });
    expect(await Promise.all(['b', 'c', 'd', 'e'].map(decoded))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('fetches one at a time when asked for fewer than one', async () => {
    const { started, answer } = heldFetch();
    fetchInTurn(['a', 'b'], 0);
    expect(started).toEqual(['a']);
    await answer('a');
    expect(started).toEqual(['a', 'b']);
  });

  it('starts the next files after one that failed outside the network, and says why it failed', async () => {
    vi.stubGlobal('fetch', (url: URL) => Promise.resolve(new Response(url.pathname.slice(1))));
    // A fault before the request is made (here the deadline's signal), which fetchBytes does not expect.
    const once = vi.spyOn(AbortSignal, 'timeout').mockImplementationOnce(() => {
      throw new TypeError('no timers');
    });
    try {
      const results = fetchInTurn(['a', 'b', 'c'], 1);
      const settled = await Promise.all([...results.values()]);
      expect(settled.map((r) => ('bytes' in r ? new TextDecoder().decode(r.bytes) : r))).toEqual([
        { kind: 'network', file: 'a', detail: 'TypeError: no timers' },
        'b',
        'c',
      ]);
    } finally {
      once.mockRestore();
    }
  });

  it("fetches with the caller's signal where the browser has no AbortSignal.any", async () => {
    const any = AbortSignal.any;
    Reflect.deleteProperty(AbortSignal, 'any');
    try {
      const signals: (AbortSignal | null | undefined)[] = [];
      vi.stubGlobal('fetch', (url: URL, init: RequestInit) => {
        signals.push(init.signal);
        return Promise.resolve(new Response(url.pathname.slice(1)));
      });
      const controller = new AbortController();
      const results = fetchInTurn(['a', 'b'], 1, controller.signal);
      const settled = await Promise.all([...results.values()]);
      expect(settled.map((r) => ('bytes' in r ? new TextDecoder().decode(r.bytes) : r))).toEqual(['a', 'b']);
      expect(signals).toEqual([controller.signal, controller.signal]);
    } finally {
      AbortSignal.any = any;
    }
  });
});
