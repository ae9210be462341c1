import { describe, expect, it } from 'vitest';
import { floorData, lowerBound } from './floor-data.ts';
import type { Points } from './points.ts';

const DAY = 86_400_000;
const d = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('lowerBound', () => {
  const sorted = Float64Array.from([1, 3, 3, 7]);
  it('finds the first index at or above the value', () => {
    expect([0, 1, 2, 3, 4, 7, 8].map((v) => lowerBound(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound(new Float64Array(0), 5)).toBe(0);
  });
});

describe('floorData', () => {
  // Out of order on purpose: two one-day events, a month, a year, and ranges open at either end.
  const points: Points = {
    groups: ['phone-call', 'meeting'],
    time: [0, 0, 0, 0, 0, 0],
    group: [1, 0, 0, 1, 0, 1],
    label: ['', '', '', '', '', ''],
    start: [d('2015-03-02'), d('2015-02-01'), d('2014-01-10'), d('2016-01-01'), null, d('2017-05-01')],
    end: [d('2015-03-03'), d('2015-03-01'), d('2014-01-11'), d('2017-01-01'), d('2018-01-01'), null],
    bar: [0, 1, 0, 1, 1, 1],
  };
  const data = floorData(points);

  it('sorts one-day events by the middle of their day', () => {
    expect([...data.glyphTime]).toEqual([d('2014-01-10') + DAY / 2, d('2015-03-02') + DAY / 2]);
    expect([...data.glyphLane]).toEqual([0, 1]);
  });

  it('sorts closed bars by start and keeps the longest, and open ranges apart', () => {
    expect([...data.barStart]).toEqual([d('2015-02-01'), d('2016-01-01')]);
    expect([...data.barEnd]).toEqual([d('2015-03-01'), d('2017-01-01')]);
    expect([...data.barLane]).toEqual([0, 1]);
    expect(data.longestBar).toBe(366 * DAY);
    expect(data.open).toEqual([
      { start: Number.NEGATIVE_INFINITY, end: d('2018-01-01'), lane: 0 },
      { start: d('2017-05-01'), end: Number.POSITIVE_INFINITY, lane: 1 },
    ]);
  });
});
