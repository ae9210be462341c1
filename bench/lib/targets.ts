import type { Figure, SampleFigure, Subject, SubjectResult } from './figures.ts';
import type { InteractionKind } from './interactions.ts';
import type { Pooled, Summary } from './stats.ts';

/** One target of issue 18 and how this run fared against it. */
export interface TargetCheck {
  target: string;
  value: string;
  /** 'too few': the figure is within the target but there are fewer runs (or samples) than it needs. */
  verdict: 'PASS' | 'MISS' | 'too few' | 'not run';
}

/** Results by corpus size, then by page. */
export type Results = Record<number, Partial<Record<Subject, SubjectResult>>>;

/** What is measured apart from the per-size pages. */
export interface Extras {
  /** JS + CSS gzipped requested before first draw, bytes (null: not measured). */
  firstLoad: { explorer: number | null; embed: number | null };
  /** 10,000 events, 4× CPU and a throttled cold network: first draw over runs (absent: not run). */
  throttledFirstDraw?: Summary | null;
  /** A dropped single-record file of 10,000 events: to drawn, and the longest task meanwhile (absent: not run). */
  dropped10k?: { drawnMs: Summary | null; longestTaskMs: Summary | null; refused: string | null };
}

/** Runs a median needs, samples a p95 needs, and how far over the target a single run may be. */
export const MIN_RUNS = 5;
export const MIN_SAMPLES = 10;
export const SINGLE_RUN_SLACK = 1.2;

const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
const mb = (v: number) => `${v.toFixed(1)} MB`;
const kb = (v: number) => `${(v / 1000).toFixed(1)} KB`;

/** A median of runs against `max`: over it, or any one run more than 20 % over, is a MISS. */
export function runTarget(
  target: string,
  s: Summary | null | undefined,
  max: number,
  unit = ms,
): TargetCheck {
  if (s === undefined) return { target, value: '—', verdict: 'not run' };
  if (s === null) return { target, value: 'missing', verdict: 'MISS' };
  const value =
    s.runs === 1
      ? `${unit(s.median)} (1 run)`
      : `${unit(s.median)} (${unit(s.min)}–${unit(s.max)}, ${s.runs} runs)`;
  const over = s.median > max || s.max > max * SINGLE_RUN_SLACK;
  return { target, value, verdict: over ? 'MISS' : s.runs < MIN_RUNS ? 'too few' : 'PASS' };
}

/** A p95 of pooled samples against `max`. */
export function sampleTarget(target: string, p: Pooled | null | undefined, max: number): TargetCheck {
  if (p === undefined) return { target, value: '—', verdict: 'not run' };
  if (p === null) return { target, value: 'missing', verdict: 'MISS' };
  const value = `p95 ${ms(p.p95)} (p50 ${ms(p.p50)}, max ${ms(p.max)}, ${p.n} samples)`;
  return { target, value, verdict: p.p95 > max ? 'MISS' : p.n < MIN_SAMPLES ? 'too few' : 'PASS' };
}

/** A ceiling no single sample may pass (e.g. the longest task). */
export function ceilingTarget(target: string, p: Pooled | null | undefined, max: number): TargetCheck {
  if (p === undefined) return { target, value: '—', verdict: 'not run' };
  if (p === null) return { target, value: 'missing', verdict: 'MISS' };
  const value = `max ${ms(p.max)} (${p.n} samples)`;
  return { target, value, verdict: p.max > max ? 'MISS' : p.n < MIN_SAMPLES ? 'too few' : 'PASS' };
}

const KINDS: [InteractionKind, string][] = [
  ['person', 'a click on a person'],
  ['text', 'typing a word'],
  ['wheel', 'a wheel notch'],
];

/** Every sample of every kind, for the figures that cover all interactions at once. */
function allKinds(result: SubjectResult | undefined, figure: SampleFigure): Pooled | null | undefined {
  if (!result) return undefined;
  const kinds = KINDS.map(([kind]) => result.interactions[kind]?.figures[figure]).filter(
    (p): p is Pooled => p !== null && p !== undefined,
  );
  if (kinds.length === 0) return null;
  return {
    p50: Number.NaN,
    p95: Math.max(...kinds.map((p) => p.p95)),
    max: Math.max(...kinds.map((p) => p.max)),
    n: kinds.reduce((sum, p) => sum + p.n, 0),
  };
}

/** Checks issue 18's targets; a size not run is reported as such, never as a pass. */
export function checkTargets(results: Results, extras: Extras): TargetCheck[] {
  const rasd = (n: number) => results[n]?.rasd;
  const run = (n: number, figure: Figure) => {
    const result = rasd(n);
    return result ? (result.summary[figure] ?? null) : undefined;
  };
  const checks: TargetCheck[] = [
    runTarget('10,000 events: first draw ≤ 0.6 s', run(10_000, 'firstDrawMs'), 600),
    runTarget('10,000 events: all views ready ≤ 1.2 s', run(10_000, 'viewsReadyMs'), 1200),
    runTarget('100,000 events: first draw ≤ 1.5 s', run(100_000, 'firstDrawMs'), 1500),
    runTarget('100,000 events: all views ready ≤ 3 s', run(100_000, 'viewsReadyMs'), 3000),
  ];
  const big = rasd(100_000);
  for (const [kind, label] of KINDS) {
    const pooled = big ? (big.interactions[kind]?.figures.viewsMs ?? null) : undefined;
    checks.push(
      sampleTarget(`100,000 events: ${label}, p95 to every view but the graph ≤ 100 ms`, pooled, 100),
    );
  }
  // The graph's own time: the graph p95 of every kind, the worst of them.
  const graph = allKinds(big, 'graphMs');
  checks.push(
    graph
      ? {
          ...sampleTarget('100,000 events: interactions, graph settled p95 ≤ 300 ms', graph, 300),
          value: `p95 ${ms(graph.p95)} (worst kind; max ${ms(graph.max)}, ${graph.n} samples)`,
        }
      : sampleTarget('100,000 events: interactions, graph settled p95 ≤ 300 ms', graph, 300),
  );
  checks.push(
    ceilingTarget(
      '100,000 events: no long task over 100 ms in the interactions',
      allKinds(big, 'longestTaskMs'),
      100,
    ),
    runTarget(
      '100,000 events: renderer private memory above a blank tab ≤ 150 MB',
      run(100_000, 'memoryRestMiB'),
      150,
      mb,
    ),
  );
  const growth = run(100_000, 'memoryGrowthMiB');
  checks.push(
    growth === undefined
      ? {
          target: '100,000 events: no growth after 50 filter changes (≤ 5 MB)',
          value: '—',
          verdict: 'not run',
        }
      : {
          target: '100,000 events: no growth after 50 filter changes (≤ 5 MB)',
          value:
            growth === null
              ? 'missing'
              : `${mb(growth.max)} (${growth.runs} session${growth.runs === 1 ? '' : 's'})`,
          verdict: growth !== null && growth.max <= 5 ? 'PASS' : 'MISS',
        },
  );
  const { explorer, embed } = extras.firstLoad;
  checks.push(
    {
      target: 'explorer: JS + CSS before first draw ≤ 150 KB gzipped',
      value: explorer === null ? '—' : kb(explorer),
      verdict: explorer === null ? 'not run' : explorer <= 150_000 ? 'PASS' : 'MISS',
    },
    {
      target: 'embed: JS + CSS before first draw ≤ 100 KB gzipped',
      value: embed === null ? '—' : kb(embed),
      verdict: embed === null ? 'not run' : embed <= 100_000 ? 'PASS' : 'MISS',
    },
  );
  for (const n of Object.keys(results).map(Number)) {
    for (const [figure, label] of [
      ['zoomMs', 'zoom redraw'],
      ['panP95Ms', 'pan frame p95'],
    ] as const) {
      const mine = results[n]?.rasd?.summary[figure];
      const floor = results[n]?.floor?.summary[figure];
      const target = `${n.toLocaleString('en')} events: ${label} ≤ 1.2 × the floor`;
      if (mine === undefined || floor === undefined) {
        checks.push({ target, value: '—', verdict: 'not run' });
        continue;
      }
      const ratio = mine && floor ? mine.median / floor.median : null;
      const runs = Math.min(mine?.runs ?? 0, floor?.runs ?? 0);
      checks.push({
        target,
        value:
          ratio === null
            ? 'missing'
            : `${ratio.toFixed(2)} × (${mine?.median.toFixed(1)} vs ${floor?.median.toFixed(1)} ms)`,
        verdict: ratio === null || ratio > 1.2 ? 'MISS' : runs < MIN_RUNS ? 'too few' : 'PASS',
      });
    }
  }
  checks.push(
    runTarget(
      '10,000 events, 4× CPU, throttled cold network: first draw ≤ 2.5 s',
      extras.throttledFirstDraw,
      2500,
    ),
  );
  const dropped = extras.dropped10k;
  checks.push(
    dropped?.refused
      ? {
          target: 'a dropped file of 10,000 events: drawn ≤ 2 s',
          value: `refused: ${dropped.refused}`,
          verdict: 'MISS',
        }
      : runTarget(
          'a dropped file of 10,000 events: drawn ≤ 2 s',
          dropped ? dropped.drawnMs : undefined,
          2000,
        ),
    dropped
      ? {
          target: 'a dropped file of 10,000 events: no task over 100 ms',
          value: dropped.longestTaskMs
            ? `max ${ms(dropped.longestTaskMs.max)} (${dropped.longestTaskMs.runs} runs)`
            : 'missing',
          verdict:
            !dropped.longestTaskMs || dropped.longestTaskMs.max > 100
              ? 'MISS'
              : dropped.longestTaskMs.runs < MIN_RUNS
                ? 'too few'
                : 'PASS',
        }
      : { target: 'a dropped file of 10,000 events: no task over 100 ms', value: '—', verdict: 'not run' },
  );
  return checks;
}
