import type { TimelineItem, TimelineLayout } from '../model/timeline-layout.ts';
import { TYPE_COLOURS } from '../ui/glyph-paths.ts';

/** Height of one stacking row, and the gap under each lane, in pixels. */
export const ROW_HEIGHT = 24;
export const LANE_GAP = 10;
/** Height of the axis band above the lanes. */
export const AXIS_HEIGHT = 30;
/** Glyphs are drawn at this size (the paths are 12×12). */
export const GLYPH_SIZE = 14;
/** Above this many visible events the marks are drawn on a canvas instead of as SVG elements. */
export const SVG_LIMIT = 400;

/** Top of each lane (below the axis) and the total height of the plot. */
export function laneTops(layout: TimelineLayout): { tops: number[]; heights: number[]; total: number } {
  const heights = layout.rowsPerLane.map((rows) => Math.max(1, rows) * ROW_HEIGHT + LANE_GAP);
  const tops: number[] = [];
  let y = AXIS_HEIGHT;
  for (const h of heights) {
    tops.push(y);
    y += h;
  }
  return { tops, heights, total: y + 4 };
}

/** Vertical centre of an item's row in a lane. */
export function rowY(tops: number[], lane: number, row: number): number {
  return (tops[lane] ?? 0) + LANE_GAP / 2 + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** How an item is painted: its type colour, and a fill that says how certain its date is. */
export interface MarkStyle {
  colour: string;
  fill: 'solid' | 'light' | 'hollow';
  dash: number[];
  planned: boolean;
}

/** Stated dates are solid; inferred ones light with a dashed outline; outside-only ones hollow and dotted. */
export function markStyle(item: TimelineItem): MarkStyle {
  const { certainty } = item.event.when;
  return {
    colour: TYPE_COLOURS[item.event.type],
    fill: certainty === 'stated' ? 'solid' : certainty === 'inferred' ? 'light' : 'hollow',
    dash: certainty === 'stated' ? [] : certainty === 'inferred' ? [3, 2] : [1, 2],
    planned: item.event.status === 'planned',
  };
}
