import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './parse-typed-date.ts';

const oct27 = { start: '2015-10-27', end: '2015-10-27' };

describe('parseTypedDate', () => {
  it.each([
    '2015-10-27',
    '27/10/2015',
    '27.10.2015',
    '٢٧/١٠/٢٠١٥',
    '27 تشرين الأول 2015',
    '٢٧ تشرين الأول ٢٠١٥',
    'الثلاثاء، ٢٧ تشرين الأول ٢٠١٥',
    '27 تشرين اول 2015',
    '27 أكتوبر 2015',
    '27 اكتوبر 2015',
    '27 October 2015',
    'Tuesday, 27 October 2015',
    'October 27, 2015',
    '27 Oct 2015',
  ])('reads %s as 27 October 2015', (text) => {
    expect(parseTypedDate(text)).toEqual(oct27);
  });

  it('reads a month or a year as all its days', () => {
    expect(parseTypedDate('تشرين الأول ٢٠١٥')).toEqual({ start: '2015-10-01', end: '2015-10-31' });
    expect(parseTypedDate('February 2016')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(parseTypedDate('شباط 2015')).toEqual({ start: '2015-02-01', end: '2015-02-28' });
    expect(parseTypedDate('10/2015')).toEqual({ start: '2015-10-01', end: '2015-10-31' });
    expect(parseTypedDate('٢٠١٢')).toEqual({ start: '2012-01-01', end: '2012-12-31' });
    expect(parseTypedDate('كانون الثاني 2016')).toEqual({ start: '2016-01-01', end: '2016-01-31' });
  });

  it('tells the two Kanuns and the two Tishreens apart', () => {
    expect(parseTypedDate('1 كانون الأول 2015')?.start).toBe('2015-12-01');
    expect(parseTypedDate('1 تشرين الثاني 2015')?.start).toBe('2015-11-01');
  });

  it('refuses what is not a real date', () => {
    for (const text of [
      '',
      'tomorrow',
      '31/02/2015',
      '2015-13-01',
      '32 October 2015',
      'October',
      '27 Octember 2015',
      '1 2 3 2015',
    ]) {
      expect(parseTypedDate(text)).toBeNull();
    }
  });
});
