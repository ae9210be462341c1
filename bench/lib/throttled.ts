import type { Browser } from '@playwright/test';
import { type Summary, summarise } from './stats.ts';
import { loadMarksUnobserved } from './unobserved-load.ts';

/**
 * A slower machine on a slower network: 4× CPU, 40 ms round trip, 10 Mbit/s down, no cache. The
 * network is the test server's (static-server.ts, `network`), the CPU rate DevTools' emulation.
 */
export const THROTTLE = { cpuRate: 4, latencyMs: 40, downMbit: 10 } as const;

/** First draw and all views ready under THROTTLE, over runs (each on a fresh context: a cold cache). */
export interface ThrottledResult {
  firstDrawMs: Summary | null;
  viewsReadyMs: Summary | null;
  runs: { firstDrawMs: number | null; viewsReadyMs: number | null }[];
  /** Loads that did not draw in time, the warm-up's included. */
  problems: string[];
}

/**
 * Loads `url` (from a server that sends it as THROTTLE's network would, gzipped) in an unobserved tab
 * (unobserved-load.ts) under THROTTLE's CPU rate: a warm-up, then `runs` runs. First draw is the
 * presented-frame mark; all views ready is waited for up to `readyWaitMs` after it.
 */
export async function measureThrottled(
  browser: Browser,
  url: string,
  runs: number,
  readyWaitMs = 30_000,
): Promise<ThrottledResult> {
  const out: ThrottledResult['runs'] = [];
  const problems: string[] = [];
  for (let i = 0; i <= runs; i++) {
    const marks = await loadMarksUnobserved(browser, {
      url,
      drawnMark: 'rasd:events-presented',
      loadTimeoutMs: 120_000,
      graphWaitMs: readyWaitMs,
      cpuRate: THROTTLE.cpuRate,
    });
    const firstDrawMs = marks?.['rasd:events-presented'] ?? null;
    const viewsReadyMs = marks?.['rasd:views-ready'] ?? null;
    if (firstDrawMs === null) problems.push(`load ${i}: no first draw in 120 s`);
    // The first load is the warm-up (the OS and Chromium caches of compiled code), as elsewhere.
    if (i > 0) out.push({ firstDrawMs, viewsReadyMs });
  }
  return {
    firstDrawMs: summarise(out.map((r) => r.firstDrawMs)),
    viewsReadyMs: summarise(out.map((r) => r.viewsReadyMs)),
    runs: out,
    problems,
  };
}
