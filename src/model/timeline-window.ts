import { type CorpusEvent, dayStartReader } from './corpus.ts';

const DAY = 86_400_000;

function floorDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Everything the events reach, outside dates included, padded by 3% (a week when all is one day). */
export function fullExtent(events: CorpusEvent[]): [Date, Date] | null {
  // One pass, each outside date read once (they repeat): at 10,000 events, collecting the times and
  // parsing every date string took 20-40 ms of the first draw on a slow machine.
  const day = dayStartReader();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const reach = (t: number) => {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  };
  for (const e of events) {
    if (e.startMs !== null) reach(e.startMs);
    if (e.endMs !== null) reach(e.endMs);
    const outside = e.when.outside;
    if (outside?.start) reach(day(outside.start));
    if (outside?.end) reach(day(outside.end) + DAY);
  }
  if (lo > hi) return null;
  const pad = Math.max((hi - lo) * 0.03, 3 * DAY);
  return [new Date(floorDay(lo - pad)), new Date(floorDay(hi + pad) + DAY)];
}

/**
 * The first window: the shortest span holding 90% of the short events (a week or less), padded by a
 * quarter of its length (at least half a day) and rounded out to whole days. Falls back to the extent.
 */
export function denseWindow(events: CorpusEvent[]): [Date, Date] | null {
  // A typed array sorts numerically without a comparison function called per pair.
  const all = new Float64Array(events.length);
  let n = 0;
  for (const { startMs, endMs } of events) {
    if (startMs !== null && endMs !== null && endMs - startMs <= 7 * DAY) all[n++] = (startMs + endMs) / 2;
  }
  const mids = all.subarray(0, n).sort();
  if (mids.length === 0) return fullExtent(events);
  const keep = Math.ceil(mids.length * 0.9);
  let best: [number, number] = [mids[0] as number, mids[keep - 1] as number];
  for (let i = 1; i + keep - 1 < mids.length; i++) {
    const span = (mids[i + keep - 1] as number) - (mids[i] as number);
    if (span < best[1] - best[0]) best = [mids[i] as number, mids[i + keep - 1] as number];
  }
  const pad = Math.max((best[1] - best[0]) * 0.25, DAY / 2);
  return [new Date(floorDay(best[0] - pad)), new Date(floorDay(best[1] + pad) + DAY)];
}

/**
 * Whether resultsWindow gives a window for these events and dates: both dates set, or an event with a
 * time. Stops at the first such event, where resultsWindow reads every one.
 */
export function canFitResults(events: CorpusEvent[], from: string | null, to: string | null): boolean {
  return Boolean(from && to) || events.some((event) => event.startMs !== null || event.endMs !== null);
}

/**
 * "Fit to results": every dated event the filters keep (outside dates left out), padded by 3% (at least
 * a day each side) and held inside the date filter's days when one is set, so an ongoing contact that
 * reaches back years does not widen a one-week filter. Null when nothing kept has a date.
 */
export function resultsWindow(
  events: CorpusEvent[],
  from: string | null = null,
  to: string | null = null,
): [Date, Date] | null {
  const floor = from ? Date.parse(`${from}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
  const ceiling = to ? Date.parse(`${to}T00:00:00Z`) + DAY : Number.POSITIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  // Every filter change reads every event shown: no array or closure per event.
  for (let i = 0; i < events.length; i++) {
    const { startMs, endMs } = events[i] as CorpusEvent;
    if (startMs !== null) {
      const held = Math.min(Math.max(startMs, floor), ceiling);
      if (held < lo) lo = held;
      if (held > hi) hi = held;
    }
    if (endMs !== null) {
      const held = Math.min(Math.max(endMs, floor), ceiling);
      if (held < lo) lo = held;
      if (held > hi) hi = held;
    }
  }
  if (lo > hi) return from && to ? [new Date(floor), new Date(ceiling)] : null;
  const pad = Math.max((hi - lo) * 0.03, DAY);
  const start = Math.max(floorDay(lo - pad), floor);
  const end = Math.min(floorDay(hi + pad) + DAY, ceiling);
  return [new Date(start), new Date(Math.max(end, start + DAY))];
}

/** Whether two windows differ by no more than the millisecond a transform's round trip can add. */
export function sameWindow(a: readonly [Date, Date], b: readonly [Date, Date]): boolean {
  return Math.abs(a[0].getTime() - b[0].getTime()) <= 1 && Math.abs(a[1].getTime() - b[1].getTime()) <= 1;
}
