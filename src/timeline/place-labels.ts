import { clipText } from '../model/clip-text.ts';
import type { Mark } from '../model/timeline-marks.ts';

// A label beside a mark is read at a glance; measuring names of hundreds of characters for each mark
// was most of the time of drawing a crowded record.
const LABEL_CHARACTERS = 60;
/** Space kept between a label and a mark or another label, in pixels. */
const CLEAR = 6;
/** From a mark's centre to where its label starts. */
const OFFSET = 11;

/** A label that fits: where it starts and what it says; `markY` is set when it stands in another row. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  markY?: number;
}

/** A stretch of a lane row, and whose it is (a mark's own glyph never blocks its label). */
type Span = readonly [number, number, string];
const overlaps = (a: Span, b: Span) => a[2] !== b[2] && a[0] < b[1] + CLEAR && b[0] < a[1] + CLEAR;

/**
 * Labels point marks, each after its mark in reading direction (left of it in Arabic), in the first
 * lane the mark stands in that has room (by participant a mark stands in each person's lane). A label
 * that would run into a mark or a kept label in its own row moves to the next row of the lane, then
 * the one before (with a leader back to its mark), and is dropped only when no such row has room:
 * then the mark keeps its accessible name and tooltip.
 */
export function placeLabels(
  marks: Mark[],
  yOf: (lane: number, row: number) => number,
  textOf: (mark: Mark) => string,
  measure: (text: string) => number,
  direction: 'rtl' | 'ltr',
  width: number,
  rowsOf: (lane: number) => number = () => 1,
): PlacedLabel[] {
  const sign = direction === 'rtl' ? -1 : 1;
  const points = marks.filter((m) => m.left === m.right).sort((a, b) => sign * (a.x - b.x));
  // What is taken in each lane row: the glyphs (all of them, first) and the labels kept so far.
  const taken = new Map<string, Span[]>();
  const take = (key: string, span: Span) => {
    const list = taken.get(key);
    if (list) list.push(span);
    else taken.set(key, [span]);
  };
  for (const mark of marks) {
    const [from, to] = mark.left === mark.right ? [mark.x - 8, mark.x + 8] : [mark.left, mark.right];
    mark.item.lanes.forEach((lane, i) => {
      take(`${lane}:${mark.item.rows[i] ?? mark.item.row}`, [from, to, mark.item.event.id]);
    });
  }
  const placed: PlacedLabel[] = [];
  for (const mark of points) {
    const text = clipText(textOf(mark), LABEL_CHARACTERS);
    const x = mark.x + sign * OFFSET;
    const far = x + sign * measure(text);
    if (far < 0 || far > width) continue;
    const span: Span = [Math.min(x, far), Math.max(x, far), mark.item.event.id];
    const free = (lane: number, r: number) =>
      r >= 0 && r < rowsOf(lane) && !(taken.get(`${lane}:${r}`) ?? []).some((other) => overlaps(span, other));
    // Each lane the mark stands in (by participant, one per person), its own row first.
    let spot: { lane: number; row: number; own: number } | null = null;
    mark.item.lanes.some((lane, i) => {
      const own = mark.item.rows[i] ?? mark.item.row;
      const row = [own, own + 1, own - 1].find((r) => free(lane, r));
      if (row !== undefined) spot = { lane, row, own };
      return spot !== null;
    });
    if (spot === null) continue;
    const { lane, row, own } = spot;
    take(`${lane}:${row}`, span);
    const label: PlacedLabel = { id: mark.item.event.id, x, y: yOf(lane, row), text };
    if (row !== own) label.markY = yOf(lane, own);
    placed.push(label);
  }
  return placed;
}
