import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { installInteractionObservers } from './interaction-probe.ts';
import { mean, percentile } from './stats.ts';

/** An open page under measurement, with its DevTools session. */
export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Uncaught errors the page threw, in order. */
  errors: Error[];
}

declare global {
  interface Window {
    __benchLongTasks?: [start: number, duration: number][];
    __benchFrames?: number[];
    __benchRecording?: boolean;
    __benchZoom?: Promise<ZoomTiming | null>;
  }
}

/** Opens a fresh context (no cache, no storage: every run is a first visit) at 1300×900. */
export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  // tsx compiles this file keeping function names through a `__name` helper, and the functions passed
  // to page.evaluate carry calls to it into the page, which has no such helper.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  // Long tasks are only seen by an observer that exists when they happen: register it first thing.
  // Two sources, as neither sees all of them (Chromium 150): `longtask` entries, and the scripts of
  // `long-animation-frame` entries. A promise's reactions run in a microtask checkpoint that is no
  // task of the scheduler's when the promise was settled from outside any task: reading the 10,000
  // events' shards ran 92 ms in `Response.arrayBuffer.then`, which no `longtask` entry covered and a
  // long animation frame's script did. A script inside a long task lies within it, so the longest of
  // both is the longest stretch the main thread could not answer input.
  await page.addInitScript(() => {
    window.__benchLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchLongTasks?.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task support: the figure is reported as missing.
    }
    try {
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries() as (PerformanceEntry & { scripts?: PerformanceEntry[] })[]) {
          for (const script of frame.scripts ?? []) {
            if (script.duration >= 50) window.__benchLongTasks?.push([script.startTime, script.duration]);
          }
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // No long-animation-frame support: long tasks alone.
    }
  });
  await page.addInitScript(installInteractionObservers);
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

/**
 * Resolves true once `mark` exists, false after `timeoutMs`. The timer is ours: Playwright's own
 * timeout cannot end a wait while the page's main thread is blocked (vis-timeline at 10,000 items
 * blocks it for over a minute), so it would outlast any limit set here.
 */
async function markWithin(page: Page, mark: string, timeoutMs: number, errors?: Error[]): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  let poll: NodeJS.Timeout | undefined;
  const seen = page
    .waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 0,
      polling: 100,
    })
    .then(
      () => true,
      () => false,
    );
  const late = new Promise<false>((done) => {
    timer = setTimeout(() => done(false), timeoutMs);
    // An uncaught error usually means the mark will never come: give up 10 s after the first one.
    let firstError: number | null = null;
    poll = setInterval(() => {
      if (!errors?.length) return;
      firstError ??= performance.now();
      if (performance.now() - firstError > 10_000) done(false);
    }, 500);
  });
  const result = await Promise.race([seen, late]);
  clearTimeout(timer);
  clearInterval(poll);
  return result;
}

/** The start of the first `mark` (ms from navigation), waiting up to `timeoutMs`; null if it never comes. */
export async function waitForMark(
  page: Page,
  mark: string,
  timeoutMs: number,
  errors?: Error[],
): Promise<number | null> {
  if (!(await markWithin(page, mark, timeoutMs, errors))) return null;
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? null, mark);
}

/**
 * Navigates and waits for the page's "first events drawn" mark; ms from navigation, or null on timeout
 * (or 10 s after an uncaught error in `errors`, when given).
 */
export async function loadUntilMark(
  page: Page,
  url: string,
  mark: string,
  timeoutMs: number,
  errors?: Error[],
): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  return waitForMark(page, mark, timeoutMs, errors);
}

/**
 * In the page: resolves once `frames` frames in a row each came within 25 ms of the last, or 20 s
 * passed. Self-contained, so it runs through Playwright's evaluate and, as source, through raw CDP.
 */
export function framesQuiet(frames: number): Promise<void> {
  return new Promise<void>((done) => {
    const start = performance.now();
    let last = start;
    let calm = 0;
    const tick = () => {
      const now = performance.now();
      calm = now - last <= 25 ? calm + 1 : 0;
      last = now;
      if (calm >= frames || now - start > 20_000) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Waits `pauseMs`, then until the page draws `frames` frames in a row each within 25 ms, or 20 s pass.
 * After a gesture give a pause over 150 ms: d3-zoom ends a wheel gesture 150 ms after its last event,
 * and Rasd writes the window to the URL then, which renders again.
 */
export async function waitQuiet(page: Page, pauseMs = 80, frames = 8): Promise<void> {
  await page.waitForTimeout(pauseMs);
  await page.evaluate(framesQuiet, frames);
}

/** JS heap in use after a full garbage collection, in MiB, from CDP Performance.getMetrics. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metric(cdp, 'JSHeapUsedSize')) / 1_048_576;
}

/** One cumulative CDP performance metric (e.g. ScriptDuration in s, JSHeapUsedSize in bytes). */
export async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/** Where a gesture on the plot starts: its centre, or 100 px down when it is taller than 200 px. */
export async function plotPoint(page: Page, plot: string): Promise<{ x: number; y: number } | null> {
  const box = await page.locator(plot).first().boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 100) } : null;
}

/** A zoom's timing, from the wheel event's dispatch to the page. */
export interface ZoomTiming {
  /** To two animation frames after the window changed: the new window is on screen. */
  redrawMs: number;
  /** To the end of the script that changed the window: the work itself, without waiting for frames. */
  commitMs: number;
}

/**
 * Readies a zoom: the pointer rests on the plot's centre, the page is quiet, and an observer waits for
 * the plot's `data-from` to change. Separate from `fireZoom` so a profile can cover the zoom alone.
 */
export async function prepareZoom(page: Page, plot: string): Promise<boolean> {
  const at = await plotPoint(page, plot);
  if (!at) return false;
  await page.mouse.move(at.x, at.y);
  await waitQuiet(page);
  await page.evaluate((plot) => {
    const element = document.querySelector(plot) as Element;
    const before = element.getAttribute('data-from');
    let t0: number | null = null;
    window.__benchZoom = new Promise<ZoomTiming | null>((done) => {
      let finished = false;
      const finish = (value: ZoomTiming | null) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        done(value);
      };
      // Capture phase on window: the first listener to see the event, whatever the page does with it.
      // Timed from dispatch, not from the event's timeStamp: Chromium holds wheel input until the next
      // frame begins, up to 16.7 ms that no page can save and that would sit under every figure alike.
      window.addEventListener(
        'wheel',
        () => {
          t0 ??= performance.now();
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        if (element.getAttribute('data-from') === before) return;
        observer.disconnect();
        if (t0 === null) return finish(null);
        const start = t0;
        // The observer runs once the task that changed the attribute has finished its script: the commit.
        const commitMs = performance.now() - start;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => finish({ redrawMs: performance.now() - start, commitMs })),
        );
      });
      observer.observe(element, { attributes: true, attributeFilter: ['data-from'] });
      setTimeout(() => finish(null), 30_000);
    });
  }, plot);
  return true;
}

/**
 * Zooms in one wheel notch (a real wheel event through CDP, which d3-zoom and vis-timeline both read
 * the same way) and times it from its dispatch to the page until two animation frames after the
 * plot's `data-from` changed: the frame showing the new window has then been produced.
 */
export async function fireZoom(page: Page, deltaY = -240): Promise<ZoomTiming | null> {
  await page.mouse.wheel(0, deltaY);
  return page.evaluate(() => window.__benchZoom ?? null);
}

/** prepareZoom then fireZoom: one timed zoom. */
export async function measureZoom(page: Page, plot: string): Promise<ZoomTiming | null> {
  return (await prepareZoom(page, plot)) ? fireZoom(page) : null;
}

/** Frame times while dragging the plot: 30 pointer steps, one per frame; average and 95th percentile. */
export async function measurePan(
  page: Page,
  plot: string,
  steps = 30,
  stepPx = 12,
): Promise<{ avg: number; p95: number; frames: number } | null> {
  const at = await plotPoint(page, plot);
  if (!at) return null;
  return panAt(page, at, steps, stepPx);
}

/** The pan itself, from a point found beforehand (so a profile need not include finding it). */
export async function panAt(
  page: Page,
  at: { x: number; y: number },
  steps = 30,
  stepPx = 12,
): Promise<{ avg: number; p95: number; frames: number } | null> {
  const { x, y } = at;
  await page.mouse.move(x, y);
  await page.evaluate(() => {
    window.__benchFrames = [];
    window.__benchRecording = true;
    const loop = (t: number) => {
      window.__benchFrames?.push(t);
      if (window.__benchRecording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x - i * stepPx, y);
    // One step per frame, as a hand drags; without this the moves are coalesced into a few frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__benchRecording = false;
    return window.__benchFrames ?? [];
  });
  const deltas = frames.slice(1).map((t, i) => t - (frames[i] as number));
  if (deltas.length === 0) return null;
  return { avg: mean(deltas), p95: percentile(deltas, 95), frames: deltas.length };
}

/** How long a URL change took to reach every view. */
export interface UrlChangeTiming {
  /** Navigation call → `rasd:views-updated` mark. */
  markMs: number | null;
  /** Navigation call → the first frame after the mark (and after the plot shows `expectFrom`, if given). */
  wallMs: number | null;
  /** Main-thread script time over the change, from CDP's ScriptDuration. */
  scriptMs: number;
  /**
   * Navigation call → the participant graph of the change settled (a `rasd:graph-settled` mark after
   * it): the graph is built in a deferred render after the other views, so it is timed on its own.
   * Null when no new graph settled within 10 s (the change left the graph as it was).
   */
  graphMs: number | null;
  /** Main-thread script time from the navigation call until then (null likewise). */
  graphScriptMs: number | null;
  /** The longest task (50 ms or more; else 0) between the navigation call and then (null likewise). */
  graphLongestTaskMs: number | null;
}

/**
 * Pushes a new query as the app's own links do (history.pushState plus popstate) and times it to the
 * next `rasd:views-updated` mark and the frame after. With `expectFrom`, also waits for the timeline
 * to show a window starting within a day of that date, since the mark can precede the redraw.
 */
export async function measureUrlChange(
  session: Session,
  query: string,
  expectFrom: string | null = null,
): Promise<UrlChangeTiming> {
  const before = await metric(session.cdp, 'ScriptDuration');
  const timing = await session.page.evaluate(
    ({ query, expectFrom }) =>
      new Promise<{ markMs: number | null; wallMs: number | null; t0: number }>((done) => {
        const plot = document.querySelector('.tl-plot');
        const target = expectFrom ? Date.parse(`${expectFrom}T00:00:00Z`) : null;
        const near = () =>
          target === null ||
          Math.abs(Date.parse(plot?.getAttribute('data-from') ?? '') - target) < 86_400_000;
        let shownAt: number | null = null;
        const observer = new MutationObserver(() => {
          if (shownAt === null && near()) shownAt = performance.now();
        });
        if (plot) observer.observe(plot, { attributes: true, attributeFilter: ['data-from'] });
        const t0 = performance.now();
        const tick = () => {
          const now = performance.now();
          const mark = performance.getEntriesByName('rasd:views-updated').find((e) => e.startTime >= t0);
          if (shownAt === null && near()) shownAt = now;
          const ready = mark && shownAt !== null;
          if (ready || now - t0 > 30_000) {
            observer.disconnect();
            done({ markMs: mark ? mark.startTime - t0 : null, wallMs: ready ? now - t0 : null, t0 });
          } else requestAnimationFrame(tick);
        };
        history.pushState(null, '', `${location.pathname}${query}`);
        dispatchEvent(new PopStateEvent('popstate'));
        requestAnimationFrame(tick);
      }),
    { query, expectFrom },
  );
  const after = await metric(session.cdp, 'ScriptDuration');
  const graphMs = await session.page.evaluate(
    (t0) =>
      new Promise<number | null>((done) => {
        const tick = () => {
          const mark = performance.getEntriesByName('rasd:graph-settled').find((e) => e.startTime >= t0);
          if (mark) done(mark.startTime - t0);
          else if (performance.now() - t0 > 10_000) done(null);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    timing.t0,
  );
  const graphScriptMs =
    graphMs === null ? null : ((await metric(session.cdp, 'ScriptDuration')) - before) * 1000;
  const { markMs, wallMs, t0 } = timing;
  const overlapping = (await longTasks(session.page)).filter(
    ([start, duration]) => graphMs !== null && start < t0 + graphMs && start + duration > t0,
  );
  const graphLongestTaskMs = graphMs === null ? null : Math.max(0, ...overlapping.map(([, d]) => d));
  return { markMs, wallMs, scriptMs: (after - before) * 1000, graphMs, graphScriptMs, graphLongestTaskMs };
}

/** Long tasks and long scripts recorded so far (see openSession): [start, duration] in ms from navigation. */
export async function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => window.__benchLongTasks ?? []);
}
