import type { Page } from '@playwright/test';

/**
 * The page side of one interaction's timing, armed before the input so a change rendered inside the
 * input's own task is not missed. It resolves once the views show the change, then (for the graph)
 * once the last `rasd:graph-settled` mark after the input has had 400 ms without another, or
 * `graphWaitMs` passed.
 */
export interface ViewsSpec {
  /** 'list': the list's count must read `expected`; 'timeline': the plot's window must change. */
  watch: 'list' | 'timeline';
  expected: number | null;
  /** Which input event starts the clock: the first pointerdown, the last keydown, the first wheel, a file input's change. */
  input: 'pointerdown' | 'keydown' | 'wheel' | 'change';
  graphWaitMs: number;
  /** How long to wait for the views before giving up (the count shown is then reported). */
  timeoutMs: number;
}

/** What the page measured, in ms on its own clock (from navigation start). */
export interface ViewsTiming {
  /** When the measurement was armed, just before the input. */
  armedAt: number;
  /** The input event's timeStamp (when the input happened, before the page saw it). */
  inputAt: number | null;
  /** The task after the frame holding the change was presented. */
  presentedAt: number | null;
  /** The last `rasd:graph-settled` mark after the input; null when none came in time. */
  graphAt: number | null;
  /** The count the list showed last (null: no count on screen). */
  shownCount: number | null;
  /** Event Timing entries since arming (duration ≥ 16 ms), by interaction. */
  interactions: { id: number; name: string; start: number; duration: number }[];
  longTasks: [number, number][];
}

declare global {
  interface Window {
    __benchInputs?: [type: string, timeStamp: number][];
    __benchEvents?: { id: number; name: string; start: number; duration: number }[];
    __benchViews?: Promise<ViewsTiming>;
  }
}

/** Registered before the page's scripts: input timestamps and Event Timing entries. */
export function installInteractionObservers(): void {
  window.__benchInputs = [];
  window.__benchEvents = [];
  for (const type of ['pointerdown', 'keydown', 'wheel', 'change']) {
    window.addEventListener(type, (e) => window.__benchInputs?.push([type, e.timeStamp]), {
      capture: true,
      passive: true,
    });
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        if (!e.interactionId) continue;
        window.__benchEvents?.push({
          id: e.interactionId,
          name: e.name,
          start: e.startTime,
          duration: e.duration,
        });
      }
      // durationThreshold 16 is the API's floor: shorter interactions are not reported at all.
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the figure is reported as missing.
  }
}

/** Arms the measurement; call the input right after, then `viewsTiming`. */
export async function armViews(page: Page, spec: ViewsSpec): Promise<void> {
  await page.evaluate((spec) => {
    const armedAt = performance.now();
    const inputsBefore = window.__benchInputs?.length ?? 0;
    const eventsBefore = window.__benchEvents?.length ?? 0;
    const pane = document.querySelector('.events-pane');
    const plot = document.querySelector('.tl-plot');
    const fromBefore = plot?.getAttribute('data-from') ?? null;
    // The count is written with the page's digits (Arabic-Indic in Arabic) and group separators.
    const shown = () => {
      const text = pane?.querySelector('.count')?.textContent ?? '';
      const latin = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
      const run = /\d[\d,.\u066c\u066b\u00a0\u202f ]*/.exec(latin)?.[0];
      return run ? Number(run.replace(/\D/g, '')) : null;
    };
    const afterPresent = (callback: () => void) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          callback();
        };
        channel.port2.postMessage(null);
      });
    // The input that starts the clock: the first pointerdown or wheel, the last keydown.
    const chosenInput = () => {
      const inputs = (window.__benchInputs ?? []).slice(inputsBefore).filter(([t]) => t === spec.input);
      return spec.input === 'keydown' ? inputs.at(-1) : inputs[0];
    };
    window.__benchViews = new Promise((done) => {
      let finished = false;
      const finish = (presentedAt: number | null, graphAt: number | null) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        const chosen = chosenInput();
        done({
          armedAt,
          inputAt: chosen?.[1] ?? null,
          presentedAt,
          graphAt,
          shownCount: shown(),
          interactions: (window.__benchEvents ?? []).slice(eventsBefore),
          longTasks: (window.__benchLongTasks ?? []).filter(([s, d]) => s + d > armedAt),
        });
      };
      const changed = () =>
        spec.watch === 'list'
          ? shown() === spec.expected
          : (plot?.getAttribute('data-from') ?? null) !== fromBefore;
      // The graph of the views shown: the last `rasd:graph-settled` after the input that starts the
      // clock, once GRAPH_QUIET_MS pass without another. Between the keys of a typed word the graph of
      // the letters so far can settle (before or after the last key), and the final word's after it;
      // the first mark after arming was an earlier letter's (some samples came out negative).
      const GRAPH_QUIET_MS = 400;
      const waitGraph = (presentedAt: number) => {
        const started = performance.now();
        const tick = () => {
          const input = chosenInput();
          const marks = performance
            .getEntriesByName('rasd:graph-settled')
            .filter((e) => e.startTime > (input?.[1] ?? armedAt));
          const last = marks.at(-1)?.startTime ?? null;
          const now = performance.now();
          if (last !== null && now - Math.max(last, presentedAt) >= GRAPH_QUIET_MS) finish(presentedAt, last);
          else if (now - started > spec.graphWaitMs) finish(presentedAt, last);
          else setTimeout(tick, 20);
        };
        tick();
      };
      let seen = false;
      // The observer runs right after the task that changed the DOM: the frame after it shows the change.
      const observer = new MutationObserver(() => {
        if (seen || !changed()) return;
        seen = true;
        observer.disconnect();
        afterPresent(() => waitGraph(performance.now()));
      });
      const target = spec.watch === 'list' ? pane : plot;
      if (target)
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => {
        if (!seen) finish(null, null);
      }, spec.timeoutMs);
    });
  }, spec);
}

/** Waits for the armed measurement. */
export async function viewsTiming(page: Page): Promise<ViewsTiming> {
  // Event Timing entries are delivered after the frame they end on: give them a moment to arrive.
  const timing = (await page.evaluate(() => window.__benchViews)) as ViewsTiming;
  await page.waitForTimeout(50);
  const late = await page.evaluate(() => window.__benchEvents ?? []);
  timing.interactions = late.filter((e) => e.start >= timing.armedAt);
  return timing;
}
