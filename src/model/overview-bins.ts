import type { CorpusEvent } from './corpus.ts';

/** One pixel column of the overview strip that holds events, and its bar's height. */
export interface OverviewColumn {
  x: number;
  height: number;
}

/** A long or open interval, drawn as a line across the strip. */
export interface OverviewRange {
  left: number;
  right: number;
}

/** Ranges drawn at most; beyond this the strip would be a solid block telling nothing. */
export const MAX_OVERVIEW_RANGES = 400;

const TWO_DAYS = 2 * 86_400_000;

/**
 * How the whole corpus sits on the overview strip: events of two days or less counted per pixel
 * column (bar heights on a square-root scale up to `maxHeight`, at least 3 px so one event shows),
 * longer or open intervals as lines (open ends run to the strip's edge on their side), and outside
 * dates counted where they fall. `x` is the strip's direction-aware scale, given times in ms (no Date
 * per event: at 100,000 events making them was a third of this function's time).
 */
export function overviewBins(
  events: readonly CorpusEvent[],
  x: (ms: number) => number,
  width: number,
  maxHeight: number,
): { columns: OverviewColumn[]; ranges: OverviewRange[] } {
  const counts = new Uint32Array(Math.max(1, Math.ceil(width)));
  const ranges: OverviewRange[] = [];
  const forwards = x(0) < x(86_400_000);
  const count = (ms: number) => {
    const px = Math.floor(x(ms));
    if (px >= 0 && px < counts.length) counts[px] = (counts[px] ?? 0) + 1;
  };
  for (const e of events) {
    const { startMs, endMs } = e;
    if (startMs !== null && endMs !== null && endMs - startMs <= TWO_DAYS) {
      count((startMs + endMs) / 2);
    } else if ((startMs !== null || endMs !== null) && ranges.length < MAX_OVERVIEW_RANGES) {
      const a = startMs !== null ? x(startMs) : forwards ? 0 : width;
      const b = endMs !== null ? x(endMs) : forwards ? width : 0;
      ranges.push({ left: Math.min(a, b), right: Math.max(a, b) });
    }
    if (e.when.outside?.start) count(Date.parse(`${e.when.outside.start}T12:00:00Z`));
  }
  let max = 1;
  for (const c of counts) if (c > max) max = c;
  const columns: OverviewColumn[] = [];
  counts.forEach((c, column) => {
    if (c > 0) columns.push({ x: column, height: Math.max(3, (Math.sqrt(c) / Math.sqrt(max)) * maxHeight) });
  });
  return { columns, ranges };
}
