import { describe, expect, it } from 'vitest';
import { formatDay, formatDayLong, formatInterval, formatNumber } from './format-date.ts';

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
