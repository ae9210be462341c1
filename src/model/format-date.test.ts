import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDay,
  formatDayLong,
  formatInterval,
  formatNumber,
  INTERVALS_KEPT,
  intervalFormat,
} from './format-date.ts';

const words = {
  before: (d: string) => `before ${d}`,
  after: (d: string) => `after ${d}`,
  unknown: 'unknown',
};
const arWords = { before: (d: string) => `قبل ${d}`, after: (d: string) => `بعد ${d}`, unknown: 'غير معروف' };

describe('dates in Arabic follow SANA: Levantine months, Arabic-Indic digits', () => {
  it('writes a day', () => {
    expect(formatDay('2015-10-27', 'ar')).toBe('٢٧ تشرين الأول ٢٠١٥');
    expect(formatDay('2012-06-30', 'ar')).toBe('٣٠ حزيران ٢٠١٢');
    expect(formatDay('2015-01-05', 'ar')).toBe('٥ كانون الثاني ٢٠١٥');
    expect(formatDayLong('2015-10-27', 'ar')).toBe('الثلاثاء، ٢٧ تشرين الأول ٢٠١٥');
  });

  it('writes every precision and open end', () => {
    expect(formatInterval({ start: null, end: '2012-10-26', precision: 'range' }, 'ar', arWords)).toBe(
      'قبل ٢٦ تشرين الأول ٢٠١٢',
    );
    expect(
      formatInterval({ start: '2015-10-28', end: '2015-12-31', precision: 'range' }, 'ar', arWords),
    ).toBe('٢٨ تشرين الأول – ٣١ كانون الأول ٢٠١٥');
    expect(
      formatInterval({ start: '2015-09-01', end: '2015-09-30', precision: 'month' }, 'ar', arWords),
    ).toBe('أيلول ٢٠١٥');
    expect(formatInterval({ start: '2015-01-01', end: '2015-12-31', precision: 'year' }, 'ar', arWords)).toBe(
      '٢٠١٥',
    );
    expect(formatInterval({ start: null, end: null, precision: 'unknown' }, 'ar', arWords)).toBe('غير معروف');
    expect(formatNumber(21, 'ar')).toBe('٢١');
  });
});

describe('dates in English', () => {
  it('writes days, ranges and open ends', () => {
    expect(formatDay('2015-10-27', 'en')).toBe('27 October 2015');
    expect(formatDayLong('2015-10-27', 'en')).toBe('Tuesday, 27 October 2015');
    expect(formatInterval({ start: '2015-10-23', end: '2015-10-27', precision: 'range' }, 'en', words)).toBe(
      '23\u2009–\u200927 October 2015',
    );
    expect(formatInterval({ start: '2015-10-28', end: null, precision: 'range' }, 'en', words)).toBe(
      'after 28 October 2015',
    );
    expect(formatInterval({ start: '2015-10-27', end: '2015-10-27', precision: 'day' }, 'en', words)).toBe(
      '27 October 2015',
    );
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

// `format` is a getter that gives the bound function: each date formatted reads it once.
const formatReads = () =>
  vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { readonly format: unknown }, 'format', 'get');

describe('intervalFormat writes each interval once', () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives formatInterval's words, and formats a day it wrote before no more", () => {
    const interval = intervalFormat('ar', arWords);
    const format = formatReads();
    const range = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange');
    const day = { start: '2015-10-27', end: '2015-10-27', precision: 'day' } as const;
    const week = { start: '2015-10-23', end: '2015-10-27', precision: 'range' } as const;
    expect(interval(day)).toBe('٢٧ تشرين الأول ٢٠١٥');
    expect(interval({ ...day })).toBe('٢٧ تشرين الأول ٢٠١٥');
    expect(interval(week)).toBe(formatInterval(week, 'ar', arWords));
    expect(interval({ ...week })).toBe(formatInterval(week, 'ar', arWords));
    // Once for the day and once for the week through intervalFormat, once more for each direct call.
    expect(format).toHaveBeenCalledTimes(1);
    expect(range).toHaveBeenCalledTimes(3);
  });

  it('tells intervals apart by precision and open ends', () => {
    const interval = intervalFormat('en', words);
    expect(interval({ start: '2015-09-01', end: '2015-09-30', precision: 'month' })).toBe('September 2015');
    expect(interval({ start: '2015-09-01', end: '2015-09-30', precision: 'range' })).toBe(
      '1\u2009–\u200930 September 2015',
    );
    expect(interval({ start: '2015-09-01', end: null, precision: 'range' })).toBe('after 1 September 2015');
    expect(interval({ start: null, end: '2015-09-01', precision: 'range' })).toBe('before 1 September 2015');
  });

  it(`starts again after ${INTERVALS_KEPT} intervals, and still writes them right`, () => {
    const interval = intervalFormat('en', words);
    const first = { start: '2000-01-01', end: '2000-01-01', precision: 'day' } as const;
    interval(first);
    for (let n = 1; n < INTERVALS_KEPT; n++) {
      const date = new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
      interval({ start: date, end: date, precision: 'day' });
    }
    const format = formatReads();
    expect(interval(first)).toBe('1 January 2000');
    expect(format).toHaveBeenCalledTimes(0);
    // The next new one starts the store again: the first is written anew when asked.
    expect(interval({ start: '1999-12-31', end: '1999-12-31', precision: 'day' })).toBe('31 December 1999');
    expect(interval(first)).toBe('1 January 2000');
    expect(format).toHaveBeenCalledTimes(2);
  });
});
