import { type ScaleTime, scaleUtc } from 'd3-scale';

/** Reading direction of the interface. */
export type Direction = 'rtl' | 'ltr';

/**
 * The timeline's x scale. In right-to-left interfaces time runs right to left, so the range is
 * flipped here — the drawing itself is never mirrored. `inset` (default 0) keeps marks off the edges.
 */
export function createTimeScale(
  domain: readonly [Date, Date],
  width: number,
  direction: Direction,
  inset = 0,
): ScaleTime<number, number> {
  const range: [number, number] = direction === 'rtl' ? [width - inset, inset] : [inset, width - inset];
  return scaleUtc().domain([domain[0], domain[1]]).range(range);
}

/** The span of a domain in milliseconds. */
export function spanOf(domain: readonly [Date, Date]): number {
  return domain[1].getTime() - domain[0].getTime();
}
