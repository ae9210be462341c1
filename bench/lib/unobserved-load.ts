import type { Browser } from '@playwright/test';
import { markWithin } from './memory-session.ts';
import { openUnobservedTab } from './unobserved-tab.ts';

/** How to load one page for its load figures. */
export interface LoadPage {
  url: string;
  drawnMark: string;
  loadTimeoutMs: number;
  /** Rasd: wait for `rasd:views-ready` this long after the first draw. */
  graphWaitMs?: number;
  /** A slower CPU: DevTools' CPU throttling rate (only the Emulation domain; no network watched). */
  cpuRate?: number;
}

/**
 * One load in an unobserved tab (unobserved-tab.ts), the only page open: each User Timing mark's first
 * time, from navigation start, once `drawnMark` (and for Rasd `rasd:views-ready`) has come, or null
 * when the first draw did not come in time. A page Playwright drives is observed by DevTools (its
 * Network domain on: the renderer decodes and keeps a copy of every response as it arrives, on the
 * main thread; Playwright's script put into each new document): Rasd's first draw came 52, 72 and
 * 260 ms later there at 1,000, 10,000 and 100,000 events (median of three loads each, 1 December).
 * A reader's browser does none of that. The marks are looked for every 100 ms, each look a few
 * microseconds of the page's main thread.
 */
export async function loadMarksUnobserved(
  browser: Browser,
  page: LoadPage,
): Promise<Record<string, number> | null> {
  const tab = await openUnobservedTab(browser);
  try {
    if (page.cpuRate !== undefined) await tab.throttleCpu(page.cpuRate);
    await tab.goto(page.url);
    if (!(await markWithin(tab, page.drawnMark, page.loadTimeoutMs))) return null;
    if (page.graphWaitMs !== undefined) await markWithin(tab, 'rasd:views-ready', page.graphWaitMs);
    return await tab.evaluate<Record<string, number>>(
      `Object.fromEntries(performance.getEntriesByType('mark').reverse().map((m) => [m.name, m.startTime]))`,
    );
  } finally {
    await tab.close();
  }
}
