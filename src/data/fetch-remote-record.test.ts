import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { fetchRemoteRecord } from './fetch-remote-record.ts';
import { MAX_RECORD_BYTES } from './read-record.ts';

const SRC = 'https://records.example/r.json';
const encoder = new TextEncoder();

/** A fetch that answers only when told, and fails as a browser's does when its signal aborts. */
function fetchAnswering(answer: (init: RequestInit) => Response | Promise<Response> | null) {
  return vi.fn((_url: URL, init: RequestInit = {}) => {
    const response = answer(init);
    if (response) return Promise.resolve(response);
    return new Promise<Response>((_, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
}

/** A body that sends `first`, then one byte every `every` ms (or nothing more when every is null). */
function slowBody(first: string, every: number | null): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(first));
      if (every !== null) timer = setInterval(() => controller.enqueue(encoder.encode(' ')), every);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

const withUrl = (response: Response, url: string) => {
  Object.defineProperty(response, 'url', { value: url });
  return response;
};

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'https://rasd.example/' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a remote record always ends loading', () => {
  it('gives up on a server that never answers', async () => {
    vi.stubGlobal(
      'fetch',
      fetchAnswering(() => null),
    );
    expect(await fetchRemoteRecord(SRC, undefined, 60)).toEqual({
      ok: false,
      failure: { kind: 'timeout', file: SRC, seconds: 0.06 },
    });
  });

  it.each([
    ['stalls mid-body', null],
    ['drips a byte every 10 ms', 10],
  ])('gives up on a body that %s', async (_name, every) => {
    vi.stubGlobal(
      'fetch',
      fetchAnswering(() => withUrl(new Response(slowBody('{"id": "x", ', every)), SRC)),
    );
    expect(await fetchRemoteRecord(SRC, undefined, 80)).toEqual({
      ok: false,
      failure: { kind: 'timeout', file: SRC, seconds: 0.08 },
    });
  });

  it('states the size read so far of a body over the limit, not a size it claims', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk);
      },
    });
    const response = new Response(body, { headers: { 'Content-Length': '10' } });
    vi.stubGlobal(
      'fetch',
      fetchAnswering(() => withUrl(response, SRC)),
    );
    expect(await fetchRemoteRecord(SRC)).toEqual({
      ok: false,
      failure: {
        kind: 'too-large',
        file: SRC,
        size: 6 * 1024 * 1024,
        limit: MAX_RECORD_BYTES,
        atLeast: true,
      },
    });
  });

  it('refuses a record that arrived through a redirect to http://', async () => {
    vi.stubGlobal(
      'fetch',
      fetchAnswering(() =>
        withUrl(new Response(JSON.stringify(seedJson())), 'http://elsewhere.example/r.json'),
      ),
    );
    expect(await fetchRemoteRecord(SRC)).toEqual({
      ok: false,
      failure: { kind: 'redirected', file: SRC, to: 'http://elsewhere.example/r.json' },
    });
  });

  it('names a redirect loop as one, and a failure without a redirect as unreachable or CORS', async () => {
    const probeSays = (redirect: boolean) =>
      vi.fn((_url: URL, init: RequestInit = {}) =>
        init.redirect === 'manual' && redirect
          ? Promise.resolve({ type: 'opaqueredirect', status: 0 } as Response)
          : Promise.reject(new TypeError('Failed to fetch')),
      );
    vi.stubGlobal('fetch', probeSays(true));
    expect(await fetchRemoteRecord(SRC)).toEqual({
      ok: false,
      failure: { kind: 'redirect-loop', file: SRC },
    });
    vi.stubGlobal('fetch', probeSays(false));
    const result = await fetchRemoteRecord(SRC);
    expect(result.ok ? null : result.failure.kind).toBe('network');
  });

  it('reads a good record and refuses an address that is neither this site nor https', async () => {
    vi.stubGlobal(
      'fetch',
      fetchAnswering(() => withUrl(new Response(JSON.stringify(seedJson())), SRC)),
    );
    const good = await fetchRemoteRecord(SRC);
    expect(good.ok && good.record.events.length).toBe(21);
    expect(await fetchRemoteRecord('javascript:alert(1)')).toEqual({
      ok: false,
      failure: {
        kind: 'refused',
        file: 'javascript:alert(1)',
        detail: 'only addresses on this site or https:// addresses are loaded',
      },
    });
  });
});
