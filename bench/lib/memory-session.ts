import type { Browser } from '@playwright/test';
import type { InteractionPlan } from './expected-counts.ts';
import { framesQuiet } from './measure.ts';
import { type MemoryProbe, samplePeak } from './memory.ts';
import { openUnobservedTab, type UnobservedTab } from './unobserved-tab.ts';

/** The whole ten years, no filter: the state memory is compared in, before and after the session. */
const REST = '?from=2014-01-01&to=2023-12-31';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * How long a page is left idle before a reading at rest. Chromium's compositor keeps the tiles of
 * recent frames in a pool and frees those unused a few seconds after the last frame: in memory-infra
 * dumps at 10,000 events (1300×900) `cc/tile_memory` stood 10.5 MB higher just after the session's
 * last change and went back 4–5 s after it, every session. A reading sooner counted them or not by
 * chance, which moved the growth figure by ±10.5 MB. A reader's tab left alone frees them too.
 */
export const COMPOSITOR_IDLE_MS = 8_000;

/**
 * Whether `mark` appears within `timeoutMs` (polled every 100 ms). The timer is ours: an evaluation
 * waits while the page's main thread is blocked, which for vis-timeline can be over a minute.
 */
export async function markWithin(
  tab: UnobservedTab,
  mark: string,
  timeoutMs: number,
  after = 0,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  const expression = `performance.getEntriesByName(${JSON.stringify(mark)}).some((e) => e.startTime > ${after})`;
  while (performance.now() < deadline) {
    const left = deadline - performance.now();
    // Cleared once the look answers: left behind, each look's timer (up to two minutes for the
    // throttled run) kept the bench's process alive after its results were written.
    let timer: NodeJS.Timeout | undefined;
    const seen = await Promise.race([
      tab.evaluate<boolean>(expression).catch(() => false),
      new Promise<false>((done) => {
        timer = setTimeout(() => done(false), left);
      }),
    ]);
    clearTimeout(timer);
    if (seen) return true;
    await sleep(100);
  }
  return false;
}

/** Waits `pauseMs`, then until 8 frames in a row each come within 25 ms (or 20 s pass): as waitQuiet. */
async function quiet(tab: UnobservedTab, pauseMs: number): Promise<void> {
  await sleep(pauseMs);
  // tsx names inner functions with an `__name` helper the page does not have: given here as identity.
  await tab.evaluate(`((__name) => (${framesQuiet.toString()})(8))((f) => f)`);
}

/**
 * Changes the URL as the app's own links do (pushState, popstate) and waits for the views to have
 * rendered it and one frame more. A scripted session, not a timed one: real input is timed elsewhere.
 */
async function change(tab: UnobservedTab, query: string): Promise<void> {
  await tab.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    const tick = () => {
      const mark = performance.getEntriesByName('rasd:views-updated').find((e) => e.startTime >= t0);
      if (mark || performance.now() - t0 > 30000) done(true);
      else requestAnimationFrame(tick);
    };
    history.pushState(null, '', location.pathname + ${JSON.stringify(query)});
    dispatchEvent(new PopStateEvent('popstate'));
    requestAnimationFrame(tick);
  })`);
}

/** The median of three readings of the renderers, 200 ms apart. */
async function reading(probe: MemoryProbe): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    readings.push(await probe.renderers());
    await sleep(200);
  }
  return readings.sort((a, b) => a - b)[1] as number;
}

/** Back to REST, the graph given `graphWaitMs`, quiet, idle (COMPOSITOR_IDLE_MS), a GC: renderer memory (median of three) and the main thread's heap. */
async function settled(tab: UnobservedTab, probe: MemoryProbe, graphWaitMs: number) {
  const before = await tab.evaluate<number>('performance.now()');
  await change(tab, REST);
  await markWithin(tab, 'rasd:graph-settled', graphWaitMs, before);
  await quiet(tab, 500);
  await sleep(COMPOSITOR_IDLE_MS);
  await tab.collectGarbage();
  const heap = await tab.heapUsedMiB();
  await sleep(500);
  return { renderers: await reading(probe), heap };
}

/** The queries the session cycles through: people, a word, a month, a type, a person and a word. */
export function sessionQueries(plan: InteractionPlan): string[] {
  const [a, b, c] = plan.people.map((p) => p.id);
  const word = encodeURIComponent(plan.word);
  return [
    `${REST}&person=${a}`,
    `${REST}&q=${word}`,
    `${REST}&person=${b ?? a}`,
    '?from=2018-03-01&to=2018-03-31',
    `${REST}&type=meeting`,
    `${REST}&person=${c ?? a}&q=${word}`,
    `${REST}&type=phone-call&person=${a}`,
    REST,
  ];
}

/** What one page's memory run measures, MiB; null where the page did not get that far. */
export interface MemoryFigures {
  /** Renderer private memory above the blank tab: at rest after load and a GC, and the highest while loading. */
  restMiB: number | null;
  peakMiB: number | null;
  /** Renderer private memory after the 50-change session minus before it. */
  growthMiB: number | null;
  /** The main thread's JS heap after the session minus before, after a GC each time. */
  heapGrowthMiB: number | null;
  /** Filter changes the session made: 50 unless its time limit struck. */
  changes: number | null;
}

/** How to load one page for its memory figures. */
export interface MemoryPage {
  url: string;
  drawnMark: string;
  loadTimeoutMs: number;
  /** Rasd: wait for `rasd:views-ready` this long before the reading at rest. */
  graphWaitMs?: number;
  /** Rasd, in the run that does it: the 50-change session's plan. */
  session?: InteractionPlan;
}

/**
 * Memory, in an unobserved tab (see unobserved-tab.ts), the only page open: the peak sampled from
 * navigation until the page is quiet (after all views are ready, for Rasd), the reading at rest after a
 * GC, then (when asked) 50 filter changes without waiting for the graph between them (a reader does
 * not either, and a layout cut short must not leak) and the growth, both readings at REST after the
 * graph settled and a GC. The session begins with one pass over its queries, so what the app keeps on
 * purpose and within bounds (recent filter results, compiled code) is there before the first reading.
 */
export async function measureMemory(
  browser: Browser,
  probe: MemoryProbe,
  blankMiB: number,
  page: MemoryPage,
  changes = 50,
  limitMs = 180_000,
): Promise<MemoryFigures> {
  const figures: MemoryFigures = {
    restMiB: null,
    peakMiB: null,
    growthMiB: null,
    heapGrowthMiB: null,
    changes: null,
  };
  const tab = await openUnobservedTab(browser);
  const peak = samplePeak(probe);
  try {
    await tab.goto(page.url);
    if (!(await markWithin(tab, page.drawnMark, page.loadTimeoutMs))) return figures;
    if (page.graphWaitMs !== undefined) await markWithin(tab, 'rasd:views-ready', page.graphWaitMs);
    await quiet(tab, 80);
    figures.peakMiB = (await peak.stop()) - blankMiB;
    await sleep(COMPOSITOR_IDLE_MS);
    await tab.collectGarbage();
    await sleep(300);
    figures.restMiB = (await reading(probe)) - blankMiB;
    if (!page.session) return figures;
    const queries = sessionQueries(page.session);
    for (const query of queries) await change(tab, query);
    const before = await settled(tab, probe, page.graphWaitMs ?? 10_000);
    const started = performance.now();
    let done = 0;
    while (done < changes && performance.now() - started < limitMs) {
      await change(tab, queries[done % queries.length] as string);
      done++;
    }
    const after = await settled(tab, probe, page.graphWaitMs ?? 10_000);
    figures.growthMiB = after.renderers - before.renderers;
    figures.heapGrowthMiB = after.heap - before.heap;
    figures.changes = done;
    return figures;
  } finally {
    await peak.stop();
    await tab.close();
  }
}

/** The blank tab's renderer memory: an unobserved about:blank tab after a second, median of three. */
export async function blankTabMiB(browser: Browser, probe: MemoryProbe): Promise<number> {
  const tab = await openUnobservedTab(browser);
  try {
    await sleep(1000);
    return await reading(probe);
  } finally {
    await tab.close();
  }
}
