import { describe, expect, it } from 'vitest';
import { resolveRelativeDate } from './resolve-relative-date.ts';

const PUBLISHED = '2015-10-27'; // a Tuesday, as in the seed article

describe('resolveRelativeDate on every expression of the seed article', () => {
  it.each([
    ['اليوم', '2015-10-27', '2015-10-27', 'day'],
    ['أمس', '2015-10-26', '2015-10-26', 'day'],
    ['أمس الأول', '2015-10-25', '2015-10-25', 'day'],
    ['الجمعة الماضية', '2015-10-23', '2015-10-23', 'day'],
    ['الجمعة', '2015-10-23', '2015-10-23', 'day'],
    ['يوم السبت', '2015-10-24', '2015-10-24', 'day'],
    ['قبل أكثر من 3 سنوات', null, '2012-10-26', 'range'],
    ['قبل نهاية العام الجاري', '2015-10-28', '2015-12-31', 'range'],
  ])('%s → %s … %s (%s)', (text, start, end, precision) => {
    expect(resolveRelativeDate(text, PUBLISHED)).toEqual({ start, end, precision });
  });
});

describe('resolveRelativeDate spelling and language variants', () => {
  it('ignores hamza, diacritics, tatweel and the digit family', () => {
    expect(resolveRelativeDate('امس الاول', PUBLISHED)).toEqual(resolveRelativeDate('أمس الأول', PUBLISHED));
    expect(resolveRelativeDate('أَمْس', PUBLISHED)).toEqual({
      start: '2015-10-26',
      end: '2015-10-26',
      precision: 'day',
    });
    expect(resolveRelativeDate('الجمعــة الماضيه', PUBLISHED)?.start).toBe('2015-10-23');
    expect(resolveRelativeDate('قبل أكثر من ٣ سنوات', PUBLISHED)).toEqual({
      start: null,
      end: '2012-10-26',
      precision: 'range',
    });
    expect(resolveRelativeDate('أول أمس', PUBLISHED)?.start).toBe('2015-10-25');
  });

  it('reads the English forms', () => {
    expect(resolveRelativeDate('yesterday', PUBLISHED)?.start).toBe('2015-10-26');
    expect(resolveRelativeDate('the day before yesterday', PUBLISHED)?.start).toBe('2015-10-25');
    expect(resolveRelativeDate('last Friday', PUBLISHED)?.start).toBe('2015-10-23');
    expect(resolveRelativeDate('on Saturday', PUBLISHED)?.start).toBe('2015-10-24');
    expect(resolveRelativeDate('more than 3 years ago', PUBLISHED)?.end).toBe('2012-10-26');
    expect(resolveRelativeDate('before the end of this year', PUBLISHED)).toEqual({
      start: '2015-10-28',
      end: '2015-12-31',
      precision: 'range',
    });
  });

  it('points weekdays by tense and qualifier; the weekday of publication alone is that day', () => {
    expect(resolveRelativeDate('الثلاثاء', PUBLISHED)?.start).toBe('2015-10-27');
    expect(resolveRelativeDate('on Tuesday', PUBLISHED, 'future')?.start).toBe('2015-10-27');
    expect(resolveRelativeDate('الثلاثاء الماضي', PUBLISHED)?.start).toBe('2015-10-20');
    expect(resolveRelativeDate('next Tuesday', PUBLISHED)?.start).toBe('2015-11-03');
    expect(resolveRelativeDate('السبت', PUBLISHED, 'future')?.start).toBe('2015-10-31');
    expect(resolveRelativeDate('الجمعة المقبلة', PUBLISHED)?.start).toBe('2015-10-30');
    expect(resolveRelativeDate('next Monday', PUBLISHED)?.start).toBe('2015-11-02');
  });

  it('gives whole periods for years ago, this year and this month', () => {
    expect(resolveRelativeDate('قبل 3 سنوات', PUBLISHED)).toEqual({
      start: '2012-01-01',
      end: '2012-12-31',
      precision: 'year',
    });
    expect(resolveRelativeDate('العام الجاري', PUBLISHED)).toEqual({
      start: '2015-01-01',
      end: '2015-12-31',
      precision: 'year',
    });
    expect(resolveRelativeDate('this month', '2016-02-10')).toEqual({
      start: '2016-02-01',
      end: '2016-02-29',
      precision: 'month',
    });
  });

  it('crosses month and leap-day boundaries', () => {
    expect(resolveRelativeDate('أمس', '2016-03-01')?.start).toBe('2016-02-29');
    expect(resolveRelativeDate('more than 4 years ago', '2016-02-29')?.end).toBe('2012-02-28');
  });

  it('returns null rather than guessing', () => {
    expect(resolveRelativeDate('في أعقاب هذا اللقاء', PUBLISHED)).toBeNull();
    expect(resolveRelativeDate('قريبا', PUBLISHED)).toBeNull();
    expect(resolveRelativeDate('الجمعة السبت', PUBLISHED)).toBeNull();
  });
});
