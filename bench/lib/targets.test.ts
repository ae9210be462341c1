import { describe, expect, it } from 'vitest';
import type { SubjectResult } from './figures.ts';
import { ceilingTarget, checkTargets, runTarget, sampleTarget } from './targets.ts';

const s = (median: number, min: number, max: number, runs = 5) => ({ median, min, max, runs });

describe('runTarget', () => {
  it('passes a median within the target when no run is more than 20 % over', () => {
    expect(runTarget('t', s(590, 500, 720), 600)).toEqual({
      target: 't',
      value: '590 ms (500 ms–720 ms, 5 runs)',
      verdict: 'PASS',
    });
  });
  it('misses when one run is more than 20 % over, though the median is within', () => {
    expect(runTarget('t', s(590, 500, 721), 600).verdict).toBe('MISS');
  });
  it('misses a median over the target', () => {
    expect(runTarget('t', s(601, 600, 602), 600).verdict).toBe('MISS');
  });
  it('says "too few" for fewer than five runs within the target, and "not run" or missing otherwise', () => {
    expect(runTarget('t', s(100, 100, 100, 1), 600)).toEqual({
      target: 't',
      value: '100 ms (1 run)',
      verdict: 'too few',
    });
    expect(runTarget('t', undefined, 600)).toEqual({ target: 't', value: '—', verdict: 'not run' });
    expect(runTarget('t', null, 600)).toEqual({ target: 't', value: 'missing', verdict: 'MISS' });
  });
});

describe('sampleTarget and ceilingTarget', () => {
  it('checks the p95 of at least ten samples', () => {
    expect(sampleTarget('t', { p50: 40, p95: 100, max: 180, n: 10 }, 100)).toEqual({
      target: 't',
      value: 'p95 100 ms (p50 40 ms, max 180 ms, 10 samples)',
      verdict: 'PASS',
    });
    expect(sampleTarget('t', { p50: 40, p95: 101, max: 180, n: 10 }, 100).verdict).toBe('MISS');
    expect(sampleTarget('t', { p50: 40, p95: 60, max: 60, n: 9 }, 100).verdict).toBe('too few');
  });
  it('lets no single sample pass a ceiling', () => {
    expect(ceilingTarget('t', { p50: 0, p95: 0, max: 101, n: 20 }, 100)).toEqual({
      target: 't',
      value: 'max 101 ms (20 samples)',
      verdict: 'MISS',
    });
    expect(ceilingTarget('t', { p50: 0, p95: 0, max: 100, n: 20 }, 100).verdict).toBe('PASS');
  });
});

const result = (summary: SubjectResult['summary'], interactions: SubjectResult['interactions'] = {}) => ({
  runs: [],
  summary,
  interactions,
  notes: [],
});

describe('checkTargets', () => {
  const checks = checkTargets(
    {
      10000: {
        rasd: result({
          firstDrawMs: s(550, 500, 650),
          viewsReadyMs: s(1300, 1200, 1400),
          zoomMs: s(18, 17, 19),
          panP95Ms: s(16.7, 16.7, 16.8),
        }),
        floor: result({ zoomMs: s(16, 16, 17), panP95Ms: s(16.7, 16.7, 16.7) }),
      },
    },
    { firstLoad: { explorer: 150_000, embed: 100_001 }, throttledFirstDraw: s(2400, 2300, 3100) },
  );
  const verdict = (target: string) => checks.find((c) => c.target === target);

  it('reads each 10,000-event target from the medians', () => {
    expect(verdict('10,000 events: first draw ≤ 0.6 s')?.verdict).toBe('PASS');
    expect(verdict('10,000 events: all views ready ≤ 1.2 s')?.verdict).toBe('MISS');
  });
  it('reports sizes that did not run as not run, never as a pass', () => {
    expect(verdict('100,000 events: first draw ≤ 1.5 s')).toEqual({
      target: '100,000 events: first draw ≤ 1.5 s',
      value: '—',
      verdict: 'not run',
    });
    expect(verdict('a dropped file of 10,000 events: drawn ≤ 2 s')?.verdict).toBe('not run');
  });
  it('compares zoom and pan with the floor at 1.2 ×', () => {
    expect(verdict('10,000 events: zoom redraw ≤ 1.2 × the floor')).toEqual({
      target: '10,000 events: zoom redraw ≤ 1.2 × the floor',
      value: '1.13 × (18.0 vs 16.0 ms)',
      verdict: 'PASS',
    });
    expect(verdict('10,000 events: pan frame p95 ≤ 1.2 × the floor')?.value).toBe('1.00 × (16.7 vs 16.7 ms)');
  });
  it('checks the byte budgets to the byte and the throttled run by the 20 % rule', () => {
    expect(verdict('explorer: JS + CSS before first draw ≤ 150 KB gzipped')).toEqual({
      target: 'explorer: JS + CSS before first draw ≤ 150 KB gzipped',
      value: '150.0 KB',
      verdict: 'PASS',
    });
    expect(verdict('embed: JS + CSS before first draw ≤ 100 KB gzipped')?.verdict).toBe('MISS');
    // 3,100 ms is more than 20 % over 2,500 ms.
    expect(verdict('10,000 events, 4× CPU, throttled cold network: first draw ≤ 2.5 s')?.verdict).toBe(
      'MISS',
    );
  });
});
