// First-load bytes, one definition for the size budget in `npm test` and for the benchmark: every
// JS and CSS response whose request started before the timeline's first frame was presented (the mark
// `rasd:events-presented`), from the browser's own network log, each body gzipped at level 9.
// 1 KB = 1,000 bytes. Fonts are reported beside the total, never inside it. Plain ESM so that node
// scripts and tsx both import it; types are in first-load-bytes.d.mts.
import { gzipSync } from 'node:zlib';

/** The mark a first load ends on (see src/timeline/presented.ts). */
export const PRESENTED_MARK = 'rasd:events-presented';

/**
 * What a response is, from the browser's resource type, then its content type, then its file name.
 * @param {{ url: string, resourceType?: string, contentType?: string }} response
 * @returns {'js' | 'css' | 'font' | 'other'}
 */
export function classify({ url, resourceType = '', contentType = '' }) {
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'font') return 'font';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^(text|application)\/(x-)?(java|ecma)script$/.test(type)) return 'js';
  if (type === 'text/css') return 'css';
  if (type.startsWith('font/') || type === 'application/font-woff') return 'font';
  const path = url.split(/[?#]/)[0] ?? '';
  if (/\.m?js$/i.test(path)) return 'js';
  if (/\.css$/i.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/i.test(path)) return 'font';
  return 'other';
}

/**
 * Sums what started before the presented mark: JS and CSS together, fonts apart.
 * @param {ReadonlyArray<{ kind: string, gzipBytes: number, startedMs: number }>} files
 * @param {number} presentedAtMs
 * @returns {{ jsCssGzip: number, fontsGzip: number }}
 */
export function sumBeforePresent(files, presentedAtMs) {
  let jsCssGzip = 0;
  let fontsGzip = 0;
  for (const file of files) {
    if (!(file.startedMs < presentedAtMs)) continue;
    if (file.kind === 'js' || file.kind === 'css') jsCssGzip += file.gzipBytes;
    else if (file.kind === 'font') fontsGzip += file.gzipBytes;
  }
  return { jsCssGzip, fontsGzip };
}

/**
 * Bytes as kilobytes (1,000 bytes) with one decimal, as the budget and the benchmark print them.
 * @param {number} bytes
 */
export function kb(bytes) {
  return Math.round(bytes / 100) / 10;
}

/** @param {Buffer} body */
const gzipLength = (body) => gzipSync(body, { level: 9 }).length;

/**
 * Opens `url` in `page` (a fresh context gives a cold cache), logs every request from navigation on,
 * waits for `mark`, then for the responses of the requests that started before it, and returns them.
 * `startedMs` is on the page's clock (ms after its time origin), as the mark's `presentedAtMs` is.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {{ mark?: string, timeoutMs?: number }} [options]
 */
export async function firstLoadBytes(page, url, { mark = PRESENTED_MARK, timeoutMs = 30_000 } = {}) {
  /** @typedef {import('@playwright/test').Request} Request */
  /** @type {Map<Request, { seenAt: number, done: Promise<void>, finish: () => void }>} */
  const requests = new Map();
  const onRequest = (/** @type {Request} */ request) => {
    /** @type {() => void} */
    let finish = () => {};
    const done = new Promise((resolve) => {
      finish = () => resolve(undefined);
    });
    requests.set(request, { seenAt: Date.now(), done, finish });
  };
  const onSettled = (/** @type {Request} */ request) => requests.get(request)?.finish();
  page.on('request', onRequest);
  page.on('requestfinished', onSettled);
  page.on('requestfailed', onSettled);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: timeoutMs,
    });
    const { origin, presentedAtMs } = await page.evaluate(
      (name) => ({
        origin: performance.timeOrigin,
        presentedAtMs: performance.getEntriesByName(name)[0]?.startTime ?? 0,
      }),
      mark,
    );
    // Every request that started before the mark has been announced by now; wait for their bodies
    // (a resource's timing entry and the browser's start time both exist only once it has finished).
    const seen = [...requests.keys()].filter((request) => !/^(data|blob):/.test(request.url()));
    await Promise.race([
      Promise.all(seen.map((request) => requests.get(request)?.done)),
      new Promise((resolve) => setTimeout(resolve, timeoutMs)),
    ]);
    /** @type {Array<[string, number]>} */
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => [r.name, r.startTime]),
    );
    const resourceStart = new Map();
    for (const [name, start] of resources) if (!resourceStart.has(name)) resourceStart.set(name, start);
    // The page's resource timing shares the mark's clock. A worker's requests are not in it: theirs is
    // the browser's wall-clock start against the page's time origin (or, failing that, when this
    // process heard of the request, which can only be later).
    const startOf = (/** @type {Request} */ request) => {
      const own = resourceStart.get(request.url());
      if (typeof own === 'number') return own;
      const wall = request.timing().startTime;
      return (wall > 0 ? wall : (requests.get(request)?.seenAt ?? Number.POSITIVE_INFINITY)) - origin;
    };
    const files = [];
    for (const request of seen) {
      const startedMs = startOf(request);
      if (!(startedMs < presentedAtMs)) continue;
      const response = await request.response();
      const body = response ? await response.body().catch(() => null) : null;
      files.push({
        url: request.url(),
        kind: classify({
          url: request.url(),
          resourceType: request.resourceType(),
          contentType: response?.headers()['content-type'] ?? '',
        }),
        gzipBytes: body ? gzipLength(body) : 0,
        rawBytes: body ? body.length : 0,
        startedMs: Math.round(startedMs * 10) / 10,
      });
    }
    files.sort((a, b) => a.startedMs - b.startedMs);
    return { presentedAtMs, files, ...sumBeforePresent(files, presentedAtMs) };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onSettled);
    page.off('requestfailed', onSettled);
  }
}
