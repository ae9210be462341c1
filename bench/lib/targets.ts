import type { Figure, Subject, SubjectResult } from './figures.ts';

/** One target of issue 7 and how this run fared against it. */
export interface TargetCheck {
  target: string;
  value: string;
  verdict: 'PASS' | 'MISS' | 'not run';
}

/** Results by corpus size, then by page. */
export type Results = Record<number, Partial<Record<Subject, SubjectResult>>>;

/** What the size budgets need: the explorer's and the embed page's initial bytes (null = no such page). */
export interface Sizes {
  explorer: number;
  embed: number | null;
  visTimeline: number | null;
}

const fmt = (v: number, unit: string) =>
  unit === 'KB' ? `${(v / 1000).toFixed(1)} KB` : `${v.toFixed(unit === 'MB' ? 1 : 0)} ${unit}`;

/** Checks the medians against issue 7's targets; a size not run is reported as such, never as a pass. */
export function checkTargets(results: Results, sizes: Sizes): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const median = (n: number, subject: Subject, figure: Figure) =>
    results[n]?.[subject]?.summary[figure]?.median ?? null;
  const limit = (n: number, figure: Figure, max: number, unit: string, label: string) => {
    const ran = results[n]?.rasd !== undefined;
    const value = median(n, 'rasd', figure);
    checks.push({
      target: `${n.toLocaleString('en')} events: ${label} ≤ ${fmt(max, unit)}`,
      value: value === null ? (ran ? 'missing' : '—') : fmt(value, unit),
      verdict: !ran ? 'not run' : value !== null && value <= max ? 'PASS' : 'MISS',
    });
  };
  limit(10_000, 'loadMs', 800, 'ms', 'first events drawn');
  limit(10_000, 'zoomMs', 40, 'ms', 'zoom redraw');
  limit(10_000, 'panP95Ms', 17, 'ms', 'pan frame p95');
  limit(100_000, 'loadMs', 2000, 'ms', 'first events drawn');
  limit(100_000, 'zoomMs', 100, 'ms', 'zoom redraw');
  limit(100_000, 'panP95Ms', 33, 'ms', 'pan frame p95');
  limit(100_000, 'personScriptMs', 50, 'ms', 'person filter (script)');
  limit(100_000, 'windowScriptMs', 50, 'ms', 'date-window filter (script)');
  limit(100_000, 'textScriptMs', 50, 'ms', 'text filter (script)');
  limit(100_000, 'heapMB', 80, 'MB', 'JS heap');
  limit(100_000, 'graphLongestTaskMs', 200, 'ms', 'longest task while the graph settles');
  for (const n of Object.keys(results).map(Number)) {
    for (const figure of ['zoomMs', 'panP95Ms'] as const) {
      const rasd = median(n, 'rasd', figure);
      const floor = median(n, 'floor', figure);
      const ratio = rasd !== null && floor ? rasd / floor : null;
      checks.push({
        target: `${n.toLocaleString('en')} events: ${figure === 'zoomMs' ? 'zoom' : 'pan p95'} ≤ 1.5 × floor`,
        value: ratio === null ? 'missing' : `${ratio.toFixed(2)} ×`,
        verdict: ratio !== null && ratio <= 1.5 ? 'PASS' : 'MISS',
      });
    }
  }
  const visBytes = sizes.visTimeline;
  checks.push({
    target: `explorer JS + CSS ≤ 150 KB gzipped${visBytes ? ` and < vis-timeline's ${fmt(visBytes, 'KB')}` : ''}`,
    value: fmt(sizes.explorer, 'KB'),
    verdict: sizes.explorer <= 150_000 && (visBytes === null || sizes.explorer < visBytes) ? 'PASS' : 'MISS',
  });
  checks.push({
    target: 'embed page JS + CSS ≤ 100 KB gzipped',
    value: sizes.embed === null ? 'no embed page in the build' : fmt(sizes.embed, 'KB'),
    verdict: sizes.embed !== null && sizes.embed <= 100_000 ? 'PASS' : 'MISS',
  });
  return checks;
}
