import type { Browser, CDPSession } from '@playwright/test';
import { FILTERS } from './figures.ts';
import {
  fireZoom,
  heapAfterGc,
  loadUntilMark,
  measureUrlChange,
  openSession,
  panAt,
  plotPoint,
  prepareZoom,
  waitForMark,
  waitQuiet,
} from './measure.ts';
import {
  type CpuProfile,
  type MapLocator,
  type ProfileSummary,
  profileFromTrace,
  summariseProfile,
} from './profile.ts';
import { FULL_WINDOW, type SubjectPage } from './run-subject.ts';

/** Where one phase of a Rasd run spent its main-thread time. */
export interface PhaseProfile {
  phase: string;
  /** The phase's own figure in this (profiled, so slower) run. */
  figure: number | null;
  summary: ProfileSummary;
  longestTasksMs?: number[];
}

async function profiled<T>(
  cdp: CDPSession,
  action: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  return {
    result,
    profile: { nodes: profile.nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] },
  };
}

/**
 * A separate, profiled Rasd run: a Chromium trace with V8 samples across the load and the graph
 * settling (CDP's Profiler would not survive the navigation), then CDP's Profiler around the zoom, the
 * pan and each filter.
 * Self times are mapped back to source files through the build's hidden source maps.
 */
export async function profileRasd(
  browser: Browser,
  page: SubjectPage,
  locate: MapLocator,
): Promise<PhaseProfile[]> {
  const session = await openSession(browser);
  const phases: PhaseProfile[] = [];
  try {
    await browser.startTracing(session.page, {
      categories: ['disabled-by-default-v8.cpu_profiler', 'toplevel', '__metadata'],
    });
    const loadMs = await loadUntilMark(
      session.page,
      page.url,
      page.drawnMark,
      page.loadTimeoutMs,
      session.errors,
    );
    // The same steps as a measured run, so the profile explains the figures: here the graph settling
    // is traced with the load, and the heap is collected before the gestures.
    const settled =
      loadMs !== null && page.graphWaitMs
        ? await waitForMark(session.page, 'rasd:graph-settled', page.graphWaitMs)
        : null;
    if (loadMs !== null) await waitQuiet(session.page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const { profile, longestTasksMs } = profileFromTrace(trace);
    phases.push({
      phase: `load to first draw (${loadMs?.toFixed(0) ?? 'timeout'} ms) and graph settled (${settled?.toFixed(0) ?? 'missing'} ms)`,
      figure: loadMs,
      summary: summariseProfile(profile, locate),
      longestTasksMs,
    });
    if (loadMs === null) return phases;
    await heapAfterGc(session.cdp);
    await measureUrlChange(session, FULL_WINDOW, '2014-01-01');
    await waitQuiet(session.page);
    await prepareZoom(session.page, '.tl-plot');
    const zoom = await profiled(session.cdp, () => fireZoom(session.page));
    phases.push({
      phase: 'zoom',
      figure: zoom.result?.redrawMs ?? null,
      summary: summariseProfile(zoom.profile, locate),
    });
    await waitQuiet(session.page, 250);
    const at = (await plotPoint(session.page, '.tl-plot')) ?? { x: 650, y: 300 };
    const pan = await profiled(session.cdp, () => panAt(session.page, at));
    phases.push({
      phase: 'pan',
      figure: pan.result?.p95 ?? null,
      summary: summariseProfile(pan.profile, locate),
    });
    await waitQuiet(session.page);
    for (const name of FILTERS) {
      const filter = page.filters?.[name];
      if (!filter) continue;
      await measureUrlChange(session, FULL_WINDOW, '2014-01-01');
      await waitQuiet(session.page);
      const change = await profiled(session.cdp, () =>
        measureUrlChange(session, filter.query, filter.expectFrom),
      );
      phases.push({
        phase: `filter ${name}`,
        figure: change.result.wallMs,
        summary: summariseProfile(change.profile, locate),
      });
      await waitQuiet(session.page);
    }
    return phases;
  } finally {
    await session.context.close();
  }
}

/** Profile summaries as text: per phase, the top functions by self time and the top files. */
export function formatProfiles(n: number, phases: readonly PhaseProfile[]): string {
  const lines = [`Profile, Rasd at ${n.toLocaleString('en')} events (self time on the main thread)`];
  for (const p of phases) {
    const figure = p.figure === null ? 'n/a' : `${p.figure.toFixed(1)} ms`;
    const tasks = p.longestTasksMs?.length
      ? `; longest tasks ${p.longestTasksMs.map((t) => t.toFixed(0)).join(', ')} ms`
      : '';
    lines.push(
      `  ${p.phase}: ${figure} in this profiled run, ${p.summary.busyMs.toFixed(0)} ms busy${tasks}`,
    );
    for (const f of p.summary.top.slice(0, 8)) {
      const code = f.code && f.name === '(anonymous)' ? `  «${f.code.slice(0, 50)}»` : '';
      lines.push(
        `    ${f.selfMs.toFixed(1).padStart(8)} ms ${(f.share * 100).toFixed(0).padStart(3)}%  ${f.name}  ${f.where}${code}`,
      );
    }
    lines.push(
      `    by file: ${p.summary.byFile
        .slice(0, 5)
        .map((f) => `${f.file} ${(f.share * 100).toFixed(0)}%`)
        .join(', ')}`,
    );
  }
  return lines.join('\n');
}
