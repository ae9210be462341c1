import { describe, expect, it } from 'vitest';
import { withPrecision } from './when-precision.ts';

const day = { start: '2015-10-27', end: '2015-10-27', precision: 'day' as const };

describe('withPrecision', () => {
  it('widens a day to its month or year, and back to the start day', () => {
    expect(withPrecision(day, 'month')).toEqual({
      start: '2015-10-01',
      end: '2015-10-31',
      precision: 'month',
    });
    expect(withPrecision(day, 'year')).toEqual({ start: '2015-01-01', end: '2015-12-31', precision: 'year' });
    expect(withPrecision({ start: '2016-02-01', end: '2016-02-29', precision: 'month' }, 'day')).toEqual({
      start: '2016-02-01',
      end: '2016-02-01',
      precision: 'day',
    });
  });

  it('empties the dates for "unknown", keeps them for a range, and uses the end when there is no start', () => {
    expect(withPrecision(day, 'unknown')).toEqual({ start: null, end: null, precision: 'unknown' });
    expect(withPrecision(day, 'range')).toEqual({ ...day, precision: 'range' });
    expect(withPrecision({ start: null, end: '2015-12-31', precision: 'range' }, 'month')).toEqual({
      start: '2015-12-01',
      end: '2015-12-31',
      precision: 'month',
    });
    expect(withPrecision({ start: null, end: null, precision: 'unknown' }, 'day')).toEqual({
      start: null,
      end: null,
      precision: 'day',
    });
  });
});
