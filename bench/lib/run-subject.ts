import type { Browser } from '@playwright/test';
import { FILTERS, type FilterName, type RunFigures, type Subject } from './figures.ts';
import {
  heapAfterGc,
  loadUntilMark,
  longTasks,
  measurePan,
  measureUrlChange,
  measureZoom,
  openSession,
  type Session,
  type UrlChangeTiming,
  waitForMark,
  waitQuiet,
} from './measure.ts';

/** How to reach and read one page. */
export interface SubjectPage {
  subject: Subject;
  url: string;
  /** The User Timing mark the page makes when it first draws events. */
  drawnMark: string;
  loadTimeoutMs: number;
  /** How long to wait for `rasd:graph-settled` after the first draw (Rasd only). */
  graphWaitMs?: number;
  /** URL queries for the filter changes (Rasd only). */
  filters?: Record<FilterName, { query: string; expectFrom: string | null }>;
}

/** The whole ten years, as every page opens for the zoom and pan figures. */
export const FULL_WINDOW = '?from=2014-01-01&to=2023-12-31';
const PLOT = '.tl-plot';

const empty = (): RunFigures => ({
  loadMs: null,
  visibleAtLoad: null,
  modeAtLoad: null,
  heapMB: null,
  zoomMs: null,
  zoomCommitMs: null,
  panAvgMs: null,
  panP95Ms: null,
  filters: null,
  graphSettleMs: null,
  graphLongestTaskMs: null,
  loadLongestTaskMs: null,
});

async function filterRuns(session: Session, filters: NonNullable<SubjectPage['filters']>) {
  const out = {} as Record<FilterName, UrlChangeTiming>;
  for (const name of FILTERS) {
    // Every change starts from the same view: all ten years, no filter.
    await measureUrlChange(session, FULL_WINDOW, '2014-01-01');
    await waitQuiet(session.page);
    const { query, expectFrom } = filters[name];
    out[name] = await measureUrlChange(session, query, expectFrom);
    await waitQuiet(session.page);
  }
  return out;
}

/**
 * The warm-up: one load on a fresh context (and, for Rasd, the wait for its graph), which fills the
 * OS file cache and Chromium's own caches of compiled code the same way for every page.
 */
export async function warmUp(
  browser: Browser,
  page: SubjectPage,
): Promise<Pick<RunFigures, 'loadMs' | 'graphSettleMs'> & { errors: Error[] }> {
  const session = await openSession(browser);
  try {
    const loadMs = await loadUntilMark(
      session.page,
      page.url,
      page.drawnMark,
      page.loadTimeoutMs,
      session.errors,
    );
    const graphSettleMs =
      loadMs !== null && page.graphWaitMs !== undefined
        ? await waitForMark(session.page, 'rasd:graph-settled', page.graphWaitMs)
        : null;
    return { loadMs, graphSettleMs, errors: session.errors };
  } finally {
    await session.context.close();
  }
}

/**
 * One run on a fresh context: load to first draw (and, for Rasd, to the graph settled), heap after a
 * GC, then on all ten years a zoom and a pan, then Rasd's filter changes.
 */
export async function runSubject(browser: Browser, page: SubjectPage): Promise<RunFigures> {
  const figures = empty();
  const session = await openSession(browser);
  try {
    const loadMs = await loadUntilMark(
      session.page,
      page.url,
      page.drawnMark,
      page.loadTimeoutMs,
      session.errors,
    );
    if (loadMs === null) return figures;
    figures.loadMs = loadMs;
    const plot = session.page.locator(PLOT).first();
    figures.visibleAtLoad = Number((await plot.getAttribute('data-visible')) ?? Number.NaN);
    figures.modeAtLoad = await plot.getAttribute('data-mode');
    if (page.graphWaitMs !== undefined) {
      figures.graphSettleMs = await waitForMark(session.page, 'rasd:graph-settled', page.graphWaitMs);
    }
    await waitQuiet(session.page);
    const tasks = await longTasks(session.page);
    const longest = (list: [number, number][]) => (list.length ? Math.max(...list.map(([, d]) => d)) : 0);
    figures.loadLongestTaskMs = longest(tasks.filter(([start]) => start < loadMs));
    if (figures.graphSettleMs !== null) {
      const settled = figures.graphSettleMs;
      figures.graphLongestTaskMs = longest(
        tasks.filter(([start, d]) => start < settled && start + d > loadMs),
      );
    }
    figures.heapMB = await heapAfterGc(session.cdp);
    if (page.subject === 'rasd') {
      await measureUrlChange(session, FULL_WINDOW, '2014-01-01');
      await waitQuiet(session.page);
    }
    const zoom = await measureZoom(session.page, PLOT);
    figures.zoomMs = zoom?.redrawMs ?? null;
    figures.zoomCommitMs = zoom?.commitMs ?? null;
    await waitQuiet(session.page, 250);
    const pan = await measurePan(session.page, PLOT);
    figures.panAvgMs = pan?.avg ?? null;
    figures.panP95Ms = pan?.p95 ?? null;
    await waitQuiet(session.page, 250);
    if (page.filters) figures.filters = await filterRuns(session, page.filters);
    return figures;
  } finally {
    await session.context.close();
  }
}
