import type { Points } from './points.ts';

const DAY = 86_400_000;

/** The floor's events, sorted once at load so that a frame only reads the window it shows. */
export interface FloorData {
  /** One-day events: the middle of the day (where Rasd puts the glyph), ascending, and their lanes. */
  glyphTime: Float64Array;
  glyphLane: Uint8Array;
  /** Events over several days with both ends known, by start: start, end (exclusive), lane. */
  barStart: Float64Array;
  barEnd: Float64Array;
  barLane: Uint8Array;
  /** The longest closed bar, so a search by start can step back far enough to find every bar overlapping. */
  longestBar: number;
  /** Ranges open at one end (few): start or -Infinity, end or +Infinity, lane. */
  open: { start: number; end: number; lane: number }[];
}

/** The first index whose value is at least `value` in an ascending array (its length when none is). */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedBy(keys: number[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number));
}

/** Splits the points into one-day glyphs, closed bars and open ranges, each sorted by time. */
export function floorData(points: Points): FloorData {
  const glyphs: number[] = [];
  const bars: number[] = [];
  const open: FloorData['open'] = [];
  for (let i = 0; i < points.time.length; i++) {
    const start = points.start[i] ?? null;
    const end = points.end[i] ?? null;
    const lane = points.group[i] as number;
    if (start === null || end === null) {
      open.push({ start: start ?? Number.NEGATIVE_INFINITY, end: end ?? Number.POSITIVE_INFINITY, lane });
    } else if (points.bar[i]) bars.push(i);
    else glyphs.push(i);
  }
  const glyphOrder = sortedBy(glyphs.map((i) => (points.start[i] as number) + DAY / 2)).map(
    (k) => glyphs[k] as number,
  );
  const barOrder = sortedBy(bars.map((i) => points.start[i] as number)).map((k) => bars[k] as number);
  let longestBar = 0;
  for (const i of barOrder)
    longestBar = Math.max(longestBar, (points.end[i] as number) - (points.start[i] as number));
  return {
    glyphTime: Float64Array.from(glyphOrder, (i) => (points.start[i] as number) + DAY / 2),
    glyphLane: Uint8Array.from(glyphOrder, (i) => points.group[i] as number),
    barStart: Float64Array.from(barOrder, (i) => points.start[i] as number),
    barEnd: Float64Array.from(barOrder, (i) => points.end[i] as number),
    barLane: Uint8Array.from(barOrder, (i) => points.group[i] as number),
    longestBar,
    open,
  };
}
