#!/usr/bin/env node
// Does this Chromium fetch a failed dynamic import() again? Serves a few tiny modules whose first
// request fails (connection reset, 404, 500, or a Playwright route abort), imports them twice, and
// prints what each import gave and how many requests the server saw. Run it as shipped and with the
// HTML spec's older module map (failures kept):
//   node scripts/module-map-retry-experiment.mjs
//   node scripts/module-map-retry-experiment.mjs --disable-features=ModuleMapDoNotCacheFailedFetch
// The findings are written down in src/data/import-again.ts. (A connection reset is retried by the
// network layer itself, so it never reaches the module map; aborted requests never reach the server.)
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';

const MODULES = new Map([
  ['/a.js', 'export const v = "a";'],
  ['/b.js', 'import { d } from "./dep.js"; export const v = "b:" + d;'],
  ['/dep.js', 'export const d = "dep";'],
]);
const plan = new Map();
const counts = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  counts.set(req.url, (counts.get(req.url) ?? 0) + 1);
  const failure = plan.get(path)?.shift();
  if (failure === 'reset') return req.socket.destroy();
  if (typeof failure === 'number') return res.writeHead(failure).end('no');
  if (path === '/')
    return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>x</title>');
  const body = MODULES.get(path);
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const extra = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', ...extra],
});
console.log(`Chromium ${browser.version()} ${extra.join(' ') || '(as shipped)'}`);

async function trial(name, setup, urls) {
  const page = await browser.newPage();
  plan.clear();
  await page.goto(`${origin}/`);
  counts.clear();
  await setup(page);
  const results = [];
  for (const url of urls) {
    results.push(
      `${url} ${await page.evaluate(
        (u) =>
          import(u).then(
            (m) => `ok ${m.v}`,
            () => 'failed',
          ),
        url,
      )}`,
    );
  }
  console.log(`${name}\n  ${results.join(' | ')}\n  requests: ${JSON.stringify([...counts])}`);
  await page.close();
}

const abortOnce = (glob) => async (page) => {
  let n = 0;
  await page.route(glob, (route) => (n++ === 0 ? route.abort('internetdisconnected') : route.continue()));
};
await trial('a.js aborted once (network)', abortOnce('**/a.js'), ['./a.js', './a.js']);
await trial('a.js 404 once', async () => plan.set('/a.js', [404]), ['./a.js', './a.js']);
await trial('a.js 500 once', async () => plan.set('/a.js', [500]), ['./a.js', './a.js']);
await trial('a.js connection reset once', async () => plan.set('/a.js', ['reset']), ['./a.js', './a.js']);
await trial('dep.js (static dependency of b.js) 500 once', async () => plan.set('/dep.js', [500]), [
  './b.js',
  './b.js',
  './b.js?retry=1',
]);
await trial('dep.js (static dependency of b.js) aborted once', abortOnce('**/dep.js'), [
  './b.js',
  './b.js',
  './b.js?retry=1',
]);
await trial('a.js aborted once, then a new address', abortOnce('**/a.js'), ['./a.js', './a.js?retry=1']);
await browser.close();
server.close();
