import type { Browser } from '@playwright/test';
import type { InteractionPlan } from './expected-counts.ts';
import type { FilterName, RunFigures, Subject } from './figures.ts';
import { runInteractions } from './interactions.ts';
import {
  heapAfterGc,
  loadUntilMark,
  longTasks,
  measurePan,
  measureUrlChange,
  measureZoom,
  openSession,
  waitForMark,
  waitQuiet,
} from './measure.ts';
import type { MemoryProbe } from './memory.ts';
import { measureMemory } from './memory-session.ts';
import { loadMarksUnobserved } from './unobserved-load.ts';

/** How to reach and read one page. */
export interface SubjectPage {
  subject: Subject;
  url: string;
  /** The User Timing mark made after the frame with the first events was presented. */
  drawnMark: string;
  loadTimeoutMs: number;
  /** Rasd only: how long to wait for `rasd:views-ready` (and the graph) after the first draw. */
  graphWaitMs?: number;
  /** Rasd only: what the interactions do and the counts they must show. */
  plan?: InteractionPlan;
  /** URL queries for the profiled filter changes (Rasd only). */
  filters?: Record<FilterName, { query: string; expectFrom: string | null }>;
}

/** What every run of a page at one size shares. */
export interface RunContext {
  memory: MemoryProbe;
  /** The blank tab's renderer memory in this browser, MiB. */
  blankMiB: number;
  /** Which run this is (0-based): the people picked rotate with it. */
  index: number;
  /** Run the 50-change memory session at the end of this run. */
  session: boolean;
  /** People added and removed per run. */
  persons: number;
  /** How long each interaction waits for the graph to settle. */
  interactionGraphWaitMs: number;
}

/** The whole ten years, as every page opens for the zoom and pan figures. */
export const FULL_WINDOW = '?from=2014-01-01&to=2023-12-31';
const PLOT = '.tl-plot';
const VIEW_MARKS = {
  listMs: 'rasd:list-presented',
  articleMs: 'rasd:article-presented',
  searchMs: 'rasd:search-ready',
  graphSettleMs: 'rasd:graph-settled',
} as const;

const empty = (): RunFigures => ({
  firstDrawMs: null,
  viewsReadyMs: null,
  observedFirstDrawMs: null,
  observedViewsReadyMs: null,
  listMs: null,
  articleMs: null,
  searchMs: null,
  graphSettleMs: null,
  visibleAtLoad: null,
  modeAtLoad: null,
  primitives: null,
  memoryRestMiB: null,
  memoryPeakMiB: null,
  memoryGrowthMiB: null,
  heapMB: null,
  heapGrowthMB: null,
  sessionChanges: null,
  zoomMs: null,
  zoomCommitMs: null,
  panAvgMs: null,
  panP95Ms: null,
  graphLongestTaskMs: null,
  loadLongestTaskMs: null,
  interactions: [],
});

/**
 * The warm-up: one load on a fresh context (and, for Rasd, the wait for all views), which fills the
 * OS file cache and Chromium's own caches of compiled code the same way for every page.
 */
export async function warmUp(
  browser: Browser,
  page: SubjectPage,
): Promise<{ firstDrawMs: number | null; viewsReadyMs: number | null; errors: Error[] }> {
  const session = await openSession(browser);
  try {
    const firstDrawMs = await loadUntilMark(
      session.page,
      page.url,
      page.drawnMark,
      page.loadTimeoutMs,
      session.errors,
    );
    const viewsReadyMs =
      firstDrawMs !== null && page.graphWaitMs !== undefined
        ? await waitForMark(session.page, 'rasd:views-ready', page.graphWaitMs)
        : null;
    return { firstDrawMs, viewsReadyMs, errors: session.errors };
  } finally {
    await session.context.close();
  }
}

const longest = (list: [number, number][]) => (list.length ? Math.max(...list.map(([, d]) => d)) : 0);

/**
 * One run: first a load in an unobserved tab for the load figures (first draw, all views ready and
 * the marks it is the last of: unobserved-load.ts), then the memory figures in an unobserved tab of
 * their own (memory-session.ts: no DevTools copy of every response in them), then on a fresh
 * Playwright context a load to first draw (and, for Rasd, to all views ready; kept as the observed
 * figures), the JS heap after a GC, on all ten years the primitives drawn, a zoom and a pan, and for
 * Rasd the interactions.
 */
export async function runSubject(browser: Browser, page: SubjectPage, ctx: RunContext): Promise<RunFigures> {
  const figures = empty();
  const loaded = await loadMarksUnobserved(browser, page);
  const unobserved = (mark: string) => loaded?.[mark] ?? null;
  figures.firstDrawMs = unobserved(page.drawnMark);
  if (page.graphWaitMs !== undefined) {
    figures.viewsReadyMs = unobserved('rasd:views-ready');
    for (const [key, mark] of Object.entries(VIEW_MARKS)) {
      figures[key as keyof typeof VIEW_MARKS] = unobserved(mark);
    }
  }
  const memory = await measureMemory(browser, ctx.memory, ctx.blankMiB, {
    url: page.url,
    drawnMark: page.drawnMark,
    loadTimeoutMs: page.loadTimeoutMs,
    graphWaitMs: page.graphWaitMs,
    session: ctx.session ? page.plan : undefined,
  });
  figures.memoryRestMiB = memory.restMiB;
  figures.memoryPeakMiB = memory.peakMiB;
  figures.memoryGrowthMiB = memory.growthMiB;
  figures.heapGrowthMB = memory.heapGrowthMiB;
  figures.sessionChanges = memory.changes;
  const session = await openSession(browser);
  const { page: tab } = session;
  try {
    const firstDrawMs = await loadUntilMark(
      tab,
      page.url,
      page.drawnMark,
      page.loadTimeoutMs,
      session.errors,
    );
    if (firstDrawMs === null) return figures;
    figures.observedFirstDrawMs = firstDrawMs;
    // This page's own graph settled, for the longest task before it (its clock, not the unobserved tab's).
    let settled: number | null = null;
    if (page.graphWaitMs !== undefined) {
      figures.observedViewsReadyMs = await waitForMark(tab, 'rasd:views-ready', page.graphWaitMs);
      settled = await tab.evaluate(
        () => performance.getEntriesByName('rasd:graph-settled')[0]?.startTime ?? null,
      );
    }
    const plot = tab.locator(PLOT).first();
    figures.visibleAtLoad = Number((await plot.getAttribute('data-visible')) ?? Number.NaN);
    figures.modeAtLoad = await plot.getAttribute('data-mode');
    await waitQuiet(tab);
    const tasks = await longTasks(tab);
    figures.loadLongestTaskMs = longest(tasks.filter(([start]) => start < firstDrawMs));
    if (settled !== null) {
      figures.graphLongestTaskMs = longest(
        tasks.filter(([start, d]) => start < settled && start + d > firstDrawMs),
      );
    }
    figures.heapMB = await heapAfterGc(session.cdp);
    if (page.subject === 'rasd') {
      await measureUrlChange(session, FULL_WINDOW, '2014-01-01');
      await waitQuiet(tab);
    }
    const primitives = await tab
      .locator('[data-primitives]')
      .first()
      .getAttribute('data-primitives', { timeout: 1000 })
      .catch(() => null);
    figures.primitives = primitives === null ? null : Number(primitives);
    const zoom = await measureZoom(tab, PLOT);
    figures.zoomMs = zoom?.redrawMs ?? null;
    figures.zoomCommitMs = zoom?.commitMs ?? null;
    await waitQuiet(tab, 250);
    const pan = await measurePan(tab, PLOT);
    figures.panAvgMs = pan?.avg ?? null;
    figures.panP95Ms = pan?.p95 ?? null;
    await waitQuiet(tab, 250);
    if (page.plan) {
      figures.interactions = await runInteractions(tab, session.cdp, page.plan, {
        persons: ctx.persons,
        graphWaitMs: ctx.interactionGraphWaitMs,
        offset: ctx.index,
      });
    }
    return figures;
  } finally {
    await session.context.close();
  }
}
