// Where the heap goes: `npm run bench:heap` (100,000 events) or `npm run bench:heap -- --size 10000`.
// Builds the app over the benchmark's synthetic corpus, loads it in headless Chromium, waits for the
// graph to settle and the page to go quiet, then takes a heap snapshot (bench/.out/heap-<N>.heapsnapshot)
// and prints its largest lines by kind, by object shape, and arrays by what holds them.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { buildApp } from './lib/build.ts';
import { type HeapLine, summariseHeapSnapshot, takeHeapSnapshot } from './lib/heap-snapshot.ts';
import { heapAfterGc, loadUntilMark, openSession, waitForMark, waitQuiet } from './lib/measure.ts';
import { serveStatic } from './lib/static-server.ts';

const OUT = join(import.meta.dirname, '.out');
const at = process.argv.indexOf('--size');
const n = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
if (!Number.isInteger(n) || n <= 0)
  throw new Error(`--size wants a number of events, not ${process.argv[at + 1]}`);

const corpusDir = join(import.meta.dirname, '.corpus', String(n));
writeCorpus(corpusDir, generateCorpus({ events: n }).records);
const appDir = join(OUT, `rasd-${n}`);
await buildApp(corpusDir, appDir);
const server = await serveStatic({ '/app/': appDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const session = await openSession(browser);
  const loadMs = await loadUntilMark(
    session.page,
    `${server.origin}/app/`,
    'rasd:events-drawn',
    180_000,
    session.errors,
  );
  if (loadMs === null) throw new Error(`the app did not draw its events: ${session.errors.join('; ')}`);
  await waitForMark(session.page, 'rasd:graph-settled', 60_000);
  await waitQuiet(session.page);
  const heapMB = await heapAfterGc(session.cdp);
  const path = join(OUT, `heap-${n}.heapsnapshot`);
  await takeHeapSnapshot(session.cdp, path);
  const summary = summariseHeapSnapshot(path);
  const table = (title: string, lines: HeapLine[]) =>
    [
      title,
      ...lines.map((l) => `${l.mb.toFixed(2).padStart(8)} MB ${String(l.count).padStart(9)}  ${l.name}`),
    ].join('\n');
  console.log(
    [
      `${n.toLocaleString('en')} events: JS heap after load ${heapMB.toFixed(1)} MB; snapshot ${summary.totalMB} MB (native included) in ${path}`,
      table('\nBy kind', summary.byKind),
      table('\nObjects by shape (with their out-of-line stores)', summary.byShape),
      table('\nArrays (with their elements) by what holds them', summary.arraysByHolder),
    ].join('\n'),
  );
} finally {
  await browser.close();
  await server.close();
}
