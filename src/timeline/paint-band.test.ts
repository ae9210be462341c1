import { describe, expect, it } from 'vitest';
import { BAND_MARGIN, bandCovers, paintBand } from './paint-band.ts';

describe('paintBand', () => {
  it('paints the rows on screen and a margin either side, within the plot', () => {
    expect(BAND_MARGIN).toBe(256);
    // The plot starts 385 px down a 900 px window: its first 515 rows are on screen.
    expect(paintBand(385, 1852, 900)).toEqual([0, 771]);
    // Scrolled 1,000 px down the plot: rows 1,000–1,852 are on screen, the margin stops at the end.
    expect(paintBand(-1000, 1852, 900)).toEqual([744, 1852]);
    // In the middle of a tall plot.
    expect(paintBand(-2000, 5000, 800)).toEqual([1744, 3056]);
    // A short plot is painted whole.
    expect(paintBand(100, 300, 900)).toEqual([0, 300]);
  });

  it('paints the end a reader scrolls to first when the plot is off screen', () => {
    // Below the window: its top rows.
    expect(paintBand(1200, 3000, 900)).toEqual([0, 1156]);
    expect(paintBand(900, 500, 900)).toEqual([0, 500]);
    // Above it: its bottom rows.
    expect(paintBand(-3500, 3000, 900)).toEqual([1844, 3000]);
    expect(paintBand(-3000, 3000, 900)).toEqual([1844, 3000]);
  });
});

describe('bandCovers', () => {
  it('holds when every row on screen was painted', () => {
    const painted = [0, 771] as const;
    expect(bandCovers(painted, 385, 1852, 900)).toBe(true);
    // Scrolled 256 px: rows 0–771 on screen, all painted.
    expect(bandCovers(painted, 129, 1852, 900)).toBe(true);
    // One more pixel and row 771 is on screen unpainted.
    expect(bandCovers(painted, 128, 1852, 900)).toBe(false);
  });

  it('needs nothing painted for a plot off screen', () => {
    expect(bandCovers([0, 0], 900, 1852, 900)).toBe(true);
    expect(bandCovers([0, 0], -1852, 1852, 900)).toBe(true);
    expect(bandCovers([0, 0], -1851, 1852, 900)).toBe(false);
  });
});
