import type { Browser } from '@playwright/test';
import { loadUntilMark, openSession, type Session, waitForMark } from './measure.ts';
import { type Summary, summarise } from './stats.ts';

/** A slower machine on a slower network: 4× CPU, 40 ms round trip, 10 Mbit/s down, 5 up, no cache. */
export const THROTTLE = { cpuRate: 4, latencyMs: 40, downMbit: 10, upMbit: 5 } as const;

/** First draw and all views ready under THROTTLE, over runs (each on a fresh context: a cold cache). */
export interface ThrottledResult {
  firstDrawMs: Summary | null;
  viewsReadyMs: Summary | null;
  runs: { firstDrawMs: number | null; viewsReadyMs: number | null }[];
  /** Uncaught page errors and failed requests, first few of each load (the warm-up's included). */
  problems: string[];
}

async function throttle({ cdp }: Session): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latencyMs,
    downloadThroughput: (THROTTLE.downMbit * 1e6) / 8,
    uploadThroughput: (THROTTLE.upMbit * 1e6) / 8,
  });
}

/**
 * Loads `url` (served gzipped) under THROTTLE: a warm-up, then `runs` runs. First draw is the
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
    const session = await openSession(browser);
    session.page.on('requestfailed', (r) => {
      if (problems.length < 10) problems.push(`load ${i}: ${r.url()} failed: ${r.failure()?.errorText}`);
    });
    try {
      await throttle(session);
      const firstDrawMs = await loadUntilMark(
        session.page,
        url,
        'rasd:events-presented',
        120_000,
        session.errors,
      );
      const viewsReadyMs =
        firstDrawMs === null ? null : await waitForMark(session.page, 'rasd:views-ready', readyWaitMs);
      for (const error of session.errors.slice(0, 2))
        problems.push(`load ${i}: ${error.message.slice(0, 300)}`);
      if (firstDrawMs === null && session.errors.length === 0)
        problems.push(`load ${i}: no first draw in 120 s`);
      // The first load is the warm-up (the OS and Chromium caches of compiled code), as elsewhere.
      if (i > 0) out.push({ firstDrawMs, viewsReadyMs });
    } finally {
      await session.context.close();
    }
  }
  return {
    firstDrawMs: summarise(out.map((r) => r.firstDrawMs)),
    viewsReadyMs: summarise(out.map((r) => r.viewsReadyMs)),
    runs: out,
    problems,
  };
}
