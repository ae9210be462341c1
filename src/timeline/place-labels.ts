import { clipText } from '../model/clip-text.ts';
import type { Mark } from '../model/timeline-marks.ts';

// A label beside a mark is read at a glance; measuring names of hundreds of characters for each mark
// was most of the time of drawing a crowded record.
const LABEL_CHARACTERS = 60;

/** A label that fits: where it starts and what it says. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
}

/**
 * Keeps a label for a point mark only if it does not run into the previous kept label of the same
 * lane row; labels sit after their mark in reading direction (left of it in Arabic).
 */
export function placeLabels(
  marks: Mark[],
  yOf: (lane: number, row: number) => number,
  textOf: (mark: Mark) => string,
  measure: (text: string) => number,
  direction: 'rtl' | 'ltr',
  width: number,
): PlacedLabel[] {
  const sign = direction === 'rtl' ? -1 : 1;
  const ordered = marks
    .filter((m) => m.left === m.right && m.item.lanes.length === 1)
    .sort((a, b) => sign * (a.x - b.x));
  const reach = new Map<string, number>();
  const placed: PlacedLabel[] = [];
  ordered.forEach((mark, i) => {
    const lane = mark.item.lanes[0] as number;
    const key = `${lane}:${mark.item.row}`;
    const text = clipText(textOf(mark), LABEL_CHARACTERS);
    const x = mark.x + sign * 11;
    const far = x + sign * measure(text);
    // A label may not run under the next mark of its row, nor start under the previous label.
    const next = ordered.slice(i + 1).find((m) => m.item.lanes[0] === lane && m.item.row === mark.item.row);
    const blocked = reach.get(key);
    if (far < 0 || far > width) return;
    if (next && sign * (next.x - far) < 10) return;
    if (blocked !== undefined && sign * (x - blocked) < 6) return;
    reach.set(key, far);
    placed.push({ id: mark.item.event.id, x, y: yOf(lane, mark.item.row), text });
  });
  return placed;
}
