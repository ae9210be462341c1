import type { Page } from '@playwright/test';
import type { InteractionPlan } from './expected-counts.ts';
import { heapAfterGc, type Session, waitQuiet } from './measure.ts';
import type { MemoryProbe } from './memory.ts';

/** The whole ten years, no filter: the state memory is compared in, before and after the session. */
const REST = '?from=2014-01-01&to=2023-12-31';

/**
 * Changes the URL as the app's own links do (pushState, popstate) and waits for the views to have
 * rendered it and one frame more. A scripted session, not a timed one: real input is timed elsewhere.
 */
async function change(page: Page, query: string): Promise<void> {
  await page.evaluate(
    (query) =>
      new Promise<void>((done) => {
        const t0 = performance.now();
        const tick = () => {
          const mark = performance.getEntriesByName('rasd:views-updated').find((e) => e.startTime >= t0);
          if (mark || performance.now() - t0 > 30_000) done();
          else requestAnimationFrame(tick);
        };
        history.pushState(null, '', `${location.pathname}${query}`);
        dispatchEvent(new PopStateEvent('popstate'));
        requestAnimationFrame(tick);
      }),
    query,
  );
}

/** Back to REST, the graph given `graphWaitMs` to lay out again, quiet, a GC, then the median of three readings. */
async function settledReading(
  session: Session,
  probe: MemoryProbe,
  graphWaitMs: number,
): Promise<{ renderers: number; heap: number }> {
  const { page } = session;
  const before = await page.evaluate(() => performance.now());
  await change(page, REST);
  await page
    .waitForFunction(
      (t0) => performance.getEntriesByName('rasd:graph-settled').some((e) => e.startTime > t0),
      before,
      { timeout: graphWaitMs, polling: 100 },
    )
    .catch(() => undefined);
  await waitQuiet(page, 500);
  // The main thread and every worker: a heap the bench cannot collect would read as growth.
  const heap = (await heapAfterGc(session.cdp)) + (await session.workers.collect());
  await page.waitForTimeout(500);
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    readings.push(await probe.renderers());
    await page.waitForTimeout(200);
  }
  return { renderers: readings.sort((a, b) => a - b)[1] as number, heap };
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

/**
 * 50 filter changes (fewer if they pass `limitMs`), without waiting for the graph between them (a reader does not either, and a
 * layout cut short must not leak); renderer private memory before and after, both at REST after the
 * graph settled and a GC. Resolves to after − before, MiB, for the renderers and for the main
 * thread's JS heap alone (which tells a leak in script from memory the renderer has not given back).
 */
export async function memorySession(
  session: Session,
  probe: MemoryProbe,
  plan: InteractionPlan,
  graphWaitMs: number,
  changes = 50,
  limitMs = 180_000,
): Promise<{ renderers: number; heap: number; changes: number }> {
  const queries = sessionQueries(plan);
  // One pass over the queries first, so what the app keeps on purpose and within bounds (its recent
  // filter results, compiled code) is already there: growth after that is what it did not let go.
  for (const query of queries) await change(session.page, query);
  const before = await settledReading(session, probe, graphWaitMs);
  // A time limit keeps a slow build from taking the whole benchmark's time; the count says if it struck.
  const started = performance.now();
  let done = 0;
  while (done < changes && performance.now() - started < limitMs) {
    await change(session.page, queries[done % queries.length] as string);
    done++;
  }
  const after = await settledReading(session, probe, graphWaitMs);
  return { renderers: after.renderers - before.renderers, heap: after.heap - before.heap, changes: done };
}
