#!/usr/bin/env node
// Size budget of the first load, measured as a reader's browser loads it: every JS and CSS response
// whose request started before the timeline's first frame was presented (`rasd:events-presented`),
// gzipped at level 9 — the definition in scripts/first-load-bytes.mjs, which the benchmark uses too.
// Fonts are printed beside the total, not in it. Sizes are deterministic, so the budget is a test;
// times are not, so they live in the benchmark.
// Usage: node scripts/check-size.mjs [dist folder, default $RASD_DIST or dist] [--json] [--files]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium-launch.mjs';
import { firstLoadBytes, kb } from './first-load-bytes.mjs';

/**
 * Budgets in gzipped kilobytes (1 KB = 1,000 bytes), per page, for JS+CSS before the first draw.
 * The explorer meets issue 18's target of 150 KB. The embed MISSES its target of 100 KB: 124.0 KB
 * measured when this budget was set (React DOM alone is 67 KB, TanStack Query 10.5, the Arabic
 * catalogue 4.8, the filter code 3), so its budget is that figure rounded up to the next whole KB, to
 * stop it growing; the benchmark reports the miss against 100 KB. Compared in bytes (budget × 1,000).
 */
export const BUDGETS = { '/': 150, '/embed.html': 125 };

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.woff2', 'font/woff2'],
  ['.woff', 'font/woff'],
]);

/** Serves `dir` on 127.0.0.1 at a free port, uncompressed (gzip is computed here, per file). */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let rest = normalize(path).replace(/^(\.\.[/\\])+/, '');
    if (rest.endsWith('/')) rest += 'index.html';
    const file = join(dir, rest);
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': TYPES.get(extname(file)) ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/** Loads each budgeted page in a fresh context (a cold cache) and measures its first load. */
export async function measure(dir) {
  const server = await serve(dir);
  const browser = await chromium.launch(chromiumLaunch());
  try {
    const results = [];
    for (const [page, budget] of Object.entries(BUDGETS)) {
      const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
      try {
        const tab = await context.newPage();
        const load = await firstLoadBytes(tab, `${server.origin}${page}`, { timeoutMs: 60_000 });
        const files = load.files.map((f) => ({ ...f, url: f.url.replace(server.origin, '') }));
        results.push({ page, budget, ...load, files, kb: kb(load.jsCssGzip), fontsKb: kb(load.fontsGzip) });
      } finally {
        await context.close();
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.RASD_DIST ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`check-size: no build in ${dir} (run vite build first)`);
    process.exit(1);
  }
  const results = await measure(dir);
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  let over = 0;
  for (const r of results) {
    // Bytes, not the printed figure: 125,012 bytes prints as 125 KB and is still over 125,000.
    const ok = r.jsCssGzip <= r.budget * 1000;
    if (!ok) over++;
    const counted = r.files.filter((f) => f.kind === 'js' || f.kind === 'css');
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${r.page}: ${r.kb} KB (${r.jsCssGzip.toLocaleString('en')} bytes) gzipped JS+CSS ` +
        'before the first presented frame ' +
        `(budget ${r.budget} KB; ${counted.length} files; fonts beside it: ${r.fontsKb} KB; ` +
        `presented at ${Math.round(r.presentedAtMs)} ms)`,
    );
    if (args.includes('--files')) {
      for (const f of r.files) {
        console.log(`       ${f.kind.padEnd(5)} ${String(kb(f.gzipBytes)).padStart(6)} KB  ${f.url}`);
      }
    }
  }
  process.exit(over > 0 ? 1 : 0);
}
