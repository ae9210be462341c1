/** Rows of the plot, in px from its top edge: [top, bottom). */
export type Band = readonly [top: number, bottom: number];

/**
 * How far past the screen's edge the canvas paints, above and below: a page scrolled by less than
 * this shows marks already painted, and one scrolled further paints the band again around it.
 */
export const BAND_MARGIN = 256;

/**
 * The rows of a plot `height` px tall to paint when its top edge is `plotTop` px from the top of a
 * viewport `viewHeight` px tall: those on screen and BAND_MARGIN either side. A plot off screen gets
 * the end the reader will scroll to first. At 100,000 events the plot was 1,850 px tall of which
 * ~500 were on screen, and painting all of it was most of a wheel notch's time.
 */
export function paintBand(plotTop: number, height: number, viewHeight: number): Band {
  const from = -plotTop;
  const to = viewHeight - plotTop;
  if (to <= 0) return [0, Math.min(height, viewHeight + BAND_MARGIN)];
  if (from >= height) return [Math.max(0, height - viewHeight - BAND_MARGIN), height];
  return [Math.max(0, from - BAND_MARGIN), Math.min(height, to + BAND_MARGIN)];
}

/** Whether the `painted` band holds every row of the plot on screen (see paintBand); a plot off screen needs none. */
export function bandCovers(painted: Band, plotTop: number, height: number, viewHeight: number): boolean {
  const from = Math.max(0, -plotTop);
  const to = Math.min(height, viewHeight - plotTop);
  return to <= from || (painted[0] <= from && painted[1] >= to);
}
