import { describe, expect, it } from 'vitest';
import { mean, percentile, pool, summarise } from './stats.ts';

describe('percentile (nearest rank)', () => {
  it('takes the value at rank ceil(p/100 × n)', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0)).toBe(1);
  });
  it('is the maximum for ten samples at p95', () => {
    expect(percentile([5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 95)).toBe(10);
    expect(percentile([5, 1, 9, 3, 7, 2, 8, 4, 6, 10], 50)).toBe(5);
  });
});

describe('summarise', () => {
  it('gives the median of an even count as the mean of the middle two, ignoring missing runs', () => {
    expect(summarise([400, null, 300, 500, 100])).toEqual({ median: 350, min: 100, max: 500, runs: 4 });
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(summarise([null, undefined, Number.NaN])).toBeNull();
  });
});

describe('pool', () => {
  it('gives p50, p95 and max of the present samples', () => {
    expect(pool([12, 40, null, 8, 33, 101, 16, 16, 20, 24, 30, 18])).toEqual({
      p50: 20,
      p95: 101,
      max: 101,
      n: 11,
    });
    expect(pool([])).toBeNull();
  });
  it('mean', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
  });
});
