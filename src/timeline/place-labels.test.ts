import { describe, expect, it } from 'vitest';
import { markLook, TimelineItem } from '../model/timeline-layout.ts';
import type { Mark } from '../model/timeline-marks.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { placeLabels } from './place-labels.ts';

const events = seedCorpus().events;
const event = (i: number) => events[i] as (typeof events)[number];

/** A point mark of event `i` at `x` in lane 0, row `row`. */
function point(i: number, x: number, row: number): Mark {
  const item = new TimelineItem(event(i), i, [0], [row]);
  return { item, look: markLook(item.event), x, left: x, right: x, openLeft: false, openRight: false };
}

const place = (marks: Mark[], rows: number, dir: 'ltr' | 'rtl' = 'ltr') =>
  placeLabels(
    marks,
    (_lane, row) => 100 + row * 24,
    (m) => m.item.event.id,
    (text) => text.length * 5,
    dir,
    1000,
    () => rows,
  ).map((l) => [l.id, l.x, l.y, l.markY ?? null]);

describe('placeLabels', () => {
  it('keeps a label in its row when nothing is in the way', () => {
    expect(place([point(2, 100, 0)], 1)).toEqual([[event(2).id, 111, 100, null]]);
  });

  it('stacks a label that would run into the next mark into the next row, with a leader to its mark', () => {
    const marks = [point(2, 100, 0), point(3, 160, 0)];
    expect(place(marks, 2)).toEqual([
      [event(2).id, 111, 124, 100],
      [event(3).id, 171, 100, null],
    ]);
  });

  it('drops a label only when no row of the lane has room', () => {
    const marks = [point(2, 100, 0), point(3, 160, 0)];
    expect(place(marks, 1)).toEqual([[event(3).id, 171, 100, null]]);
  });

  it('runs labels leftwards in Arabic, and stacks them the same way', () => {
    const marks = [point(2, 900, 0), point(3, 840, 0)];
    expect(place(marks, 2, 'rtl')).toEqual([
      [event(2).id, 889, 124, 100],
      [event(3).id, 829, 100, null],
    ]);
  });

  it('by participant, labels a mark in the first of its lanes that has room', () => {
    const both = new TimelineItem(event(2), 2, [0, 1], [0, 0]);
    const marks: Mark[] = [
      {
        item: both,
        look: markLook(both.event),
        x: 100,
        left: 100,
        right: 100,
        openLeft: false,
        openRight: false,
      },
      point(3, 160, 0),
    ];
    const placed = placeLabels(
      marks,
      (lane, row) => lane * 100 + row * 24,
      (m) => m.item.event.id,
      (text) => text.length * 5,
      'ltr',
      1000,
      () => 1,
    );
    expect(placed.map((l) => [l.id, l.y])).toEqual([
      [event(2).id, 100],
      [event(3).id, 0],
    ]);
  });
});
