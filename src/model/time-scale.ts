/** Reading direction of the interface. */
export type Direction = 'rtl' | 'ltr';

/**
 * A linear map from time to pixels and back, with the parts of d3's time scale the timeline and
 * d3-zoom's rescaleX use (call, invert, domain, range, copy). d3-scale's own time scale would bring
 * its tick formatting (d3-time-format, d3-format) into the first load; the timeline makes its own ticks.
 */
export interface TimeScale {
  (date: Date | number): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  domain(domain: readonly (Date | number)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  copy(): TimeScale;
}

/** A linear time scale over `domain` onto `range` (extended beyond both ends, never clamped). */
export function linearTimeScale(
  domain: readonly [Date | number, Date | number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = [+domain[0], +domain[1]];
  const [r0, r1] = range;
  // A zero-length domain maps everything to the middle of the range, as d3 does.
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((date: Date | number) => (k === 0 ? (r0 + r1) / 2 : r0 + (+date - d0) * k)) as TimeScale;
  scale.invert = (x: number) => new Date(r1 === r0 ? d0 : d0 + ((x - r0) * (d1 - d0)) / (r1 - r0));
  scale.domain = ((next?: readonly (Date | number)[]) =>
    next
      ? linearTimeScale([next[0] ?? d0, next[1] ?? d1], [r0, r1])
      : [new Date(d0), new Date(d1)]) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) =>
    next ? linearTimeScale([d0, d1], [next[0] ?? r0, next[1] ?? r1]) : [r0, r1]) as TimeScale['range'];
  scale.copy = () => linearTimeScale([d0, d1], [r0, r1]);
  return scale;
}

/**
 * The timeline's x scale. In right-to-left interfaces time runs right to left, so the range is
 * flipped here — the drawing itself is never mirrored. `inset` (default 0) keeps marks off the edges.
 */
export function createTimeScale(
  domain: readonly [Date, Date],
  width: number,
  direction: Direction,
  inset = 0,
): TimeScale {
  const range: [number, number] = direction === 'rtl' ? [width - inset, inset] : [inset, width - inset];
  return linearTimeScale(domain, range);
}

/** The span of a domain in milliseconds. */
export function spanOf(domain: readonly [Date, Date]): number {
  return domain[1].getTime() - domain[0].getTime();
}
