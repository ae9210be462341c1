/** Median with the range of a set of runs; null when no run gave the figure. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The p-th percentile (0–100) by nearest rank, of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Summarises run values, ignoring runs that did not produce the figure. */
export function summarise(values: readonly (number | null | undefined)[]): Summary | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  const sorted = [...present].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, runs: present.length };
}

/** Percentiles of pooled samples (every sample of every run); null when there is none. */
export interface Pooled {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** p50 and p95 by nearest rank, and the maximum, of the present values. */
export function pool(values: readonly (number | null | undefined)[]): Pooled | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  return {
    p50: percentile(present, 50),
    p95: percentile(present, 95),
    max: Math.max(...present),
    n: present.length,
  };
}
