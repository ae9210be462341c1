import { markLook, type TimelineItem, type TimelineLayout } from '../model/timeline-layout.ts';
import { CERTAINTIES, type Certainty, EVENT_TYPES, type EventType } from '../model/vocabulary.ts';
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

/** How an item is painted: its type's glyph and colour, and a fill that says how certain its date is. */
export interface MarkStyle {
  readonly type: EventType;
  readonly colour: string;
  readonly fill: 'solid' | 'light' | 'hollow';
  readonly dash: readonly number[];
  readonly planned: boolean;
}

function styleOf(type: EventType, certainty: Certainty, planned: boolean): MarkStyle {
  return Object.freeze({
    type,
    colour: TYPE_COLOURS[type],
    fill: certainty === 'stated' ? 'solid' : certainty === 'inferred' ? 'light' : 'hollow',
    dash: Object.freeze(certainty === 'stated' ? [] : certainty === 'inferred' ? [3, 2] : [1, 2]),
    planned,
  });
}

// Every combination made once, in markLook's order: a pan paints thousands of marks a frame and must
// not allocate for each.
const STYLES: readonly MarkStyle[] = EVENT_TYPES.flatMap((type) =>
  CERTAINTIES.flatMap((c) => [styleOf(type, c, false), styleOf(type, c, true)]),
);

/** The style of a mark's look (see markLook). */
export function lookStyle(look: number): MarkStyle {
  return STYLES[look] as MarkStyle;
}

/** Stated dates are solid; inferred ones light with a dashed outline; outside-only ones hollow and dotted. */
export function markStyle(item: TimelineItem): MarkStyle {
  return lookStyle(markLook(item.event));
}
