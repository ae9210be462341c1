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

type Row = [text: string, start: string | null, end?: string | null, precision?: string];
const FRIDAY = '2016-01-01';
const YEAR_END = '2015-12-31'; // a Thursday
const LEAP_DAY = '2024-02-29'; // a Thursday

// A row with one date is that day; otherwise [start, end, precision]; [text, null] is null.
function check(anchor: string, rows: Row[], tense: 'past' | 'future' = 'past') {
  it.each(rows)(`${anchor} (${tense}): %s → %s … %s %s`, (text, start, end, precision) => {
    const expected =
      start === null && end === undefined
        ? null
        : { start, end: end === undefined ? start : end, precision: precision ?? 'day' };
    expect(resolveRelativeDate(text, anchor, tense)).toEqual(expected);
  });
}

describe('weekdays, with qualifiers and with the relative day they must agree with', () => {
  check(PUBLISHED, [
    ['الخميس', '2015-10-22'],
    ['يوم السبت', '2015-10-24'],
    ['الجمعة الماضية', '2015-10-23'],
    ['السبت المقبل', '2015-10-31'],
    ['السبت القادم', '2015-10-31'],
    ['يوم الثلاثاء الماضي', '2015-10-20'],
    ['الأحد الماضي', '2015-10-25'],
    ['غدًا الأربعاء', '2015-10-28'],
    ['أمس الإثنين', '2015-10-26'],
    ['اليوم الثلاثاء', '2015-10-27'],
    ['أمس الأول الأحد', '2015-10-25'],
    ['يوم أحد', '2015-10-25'],
    ['والخميس', '2015-10-22'],
    ['ويوم السبت', '2015-10-24'],
    ['فالجمعة الماضية', '2015-10-23'],
    ['وفي يوم السبت', '2015-10-24'],
    ['منذ الخميس', '2015-10-22'],
    ['last Friday', '2015-10-23'],
    ['on Saturday', '2015-10-24'],
    ['غدا الجمعة', null],
    ['أمس الأربعاء', null],
    ['اليوم الأربعاء', null],
    ['أحد', null],
  ]);
  check(
    PUBLISHED,
    [
      ['الخميس', '2015-10-29'],
      ['الثلاثاء', '2015-10-27'],
      ['يوم الأحد', '2015-11-01'],
    ],
    'future',
  );
  check(FRIDAY, [
    ['الجمعة', '2016-01-01'],
    ['الجمعة الماضية', '2015-12-25'],
    ['الجمعة المقبلة', '2016-01-08'],
    ['الخميس', '2015-12-31'],
    ['أمس الخميس', '2015-12-31'],
    ['غدا السبت', '2016-01-02'],
    ['اليوم الجمعة', '2016-01-01'],
    ['غدا الجمعة', null],
  ]);
  check(YEAR_END, [['غدًا الجمعة', '2016-01-01']]);
  check(LEAP_DAY, [
    ['الخميس', '2024-02-29'],
    ['أمس الأربعاء', '2024-02-28'],
  ]);
});

describe('parts of the day name the day; the night before a weekday is a range', () => {
  check(PUBLISHED, [
    ['صباح اليوم', '2015-10-27'],
    ['مساء أمس', '2015-10-26'],
    ['مساءَ أمسِ', '2015-10-26'],
    ['ليلة أمس', '2015-10-26'],
    ['الليلة الماضية', '2015-10-26'],
    ['الليلة', '2015-10-27'],
    ['فجر اليوم', '2015-10-27'],
    ['ظهر أمس', '2015-10-26'],
    ['بعد ظهر اليوم', '2015-10-27'],
    ['عصر يوم الأحد', '2015-10-25'],
    ['مساء الجمعة', '2015-10-23'],
    ['صباح الغد', '2015-10-28'],
    ['مساء غد', '2015-10-28'],
    ['صباح يوم غد', '2015-10-28'],
    ['صبيحة يوم الاثنين', '2015-10-26'],
    ['وفي مساء أمس', '2015-10-26'],
    ['مساء الثلاثاء 27 تشرين الأول', '2015-10-27'],
    ['ليلة الجمعة', '2015-10-22', '2015-10-23', 'range'],
    ['ليل الخميس', '2015-10-21', '2015-10-22', 'range'],
    ['this morning', '2015-10-27'],
    ['on Tuesday evening', '2015-10-27'],
    ['yesterday afternoon', '2015-10-26'],
    ['last night', '2015-10-26'],
    ['tonight', '2015-10-27'],
    ['Friday night', '2015-10-23'],
    ['غد', null],
    ['مساء', null],
  ]);
});

describe('explicit dates in every month-name family and both digit sets', () => {
  check(PUBLISHED, [
    ['27 تشرين الأول 2015', '2015-10-27'],
    ['٢٧ تشرين الأول ٢٠١٥', '2015-10-27'],
    ['27 أكتوبر 2015', '2015-10-27'],
    ['27 اكتوبر 2015', '2015-10-27'],
    ['27 تشرين أول 2015', '2015-10-27'],
    ['الثلاثاء 27 تشرين الأول', '2015-10-27'],
    ['الثلاثاء 27 تشرين الأول 2015', '2015-10-27'],
    ['الثلاثاء، 27 أكتوبر 2015', '2015-10-27'],
    ['الثلاثاء 13 أكتوبر', '2015-10-13'],
    ['يوم الخميس الموافق 22 أكتوبر', '2015-10-22'],
    ['5 جانفي 2016', '2016-01-05'],
    ['14 فيفري 2015', '2015-02-14'],
    ['1 أفريل 2015', '2015-04-01'],
    ['9 ماي 2015', '2015-05-09'],
    ['9 مايو 2015', '2015-05-09'],
    ['3 جوان 2015', '2015-06-03'],
    ['3 يونيه 2015', '2015-06-03'],
    ['5 جويلية 2015', '2015-07-05'],
    ['5 يوليوز 2015', '2015-07-05'],
    ['20 أوت 2015', '2015-08-20'],
    ['20 غشت 2015', '2015-08-20'],
    ['11 شتنبر 2015', '2015-09-11'],
    ['2 نونبر 2015', '2015-11-02'],
    ['25 دجنبر 2015', '2015-12-25'],
    ['1 كانون الثاني 2015', '2015-01-01'],
    ['14 شباط 2015', '2015-02-14'],
    ['21 آذار 2015', '2015-03-21'],
    ['7 نيسان 2015', '2015-04-07'],
    ['1 أيار 2015', '2015-05-01'],
    ['5 حزيران 2015', '2015-06-05'],
    ['14 تموز 2015', '2015-07-14'],
    ['15 آب 2015', '2015-08-15'],
    ['30 أيلول 2015', '2015-09-30'],
    ['11 تشرين الثاني 2015', '2015-11-11'],
    ['25 كانون الأول 2015', '2015-12-25'],
    ['27 أيار (مايو) 2015', '2015-05-27'],
    ['29 شباط 2016', '2016-02-29'],
    ['27 October 2015', '2015-10-27'],
    ['October 27, 2015', '2015-10-27'],
    ['Tuesday, October 27, 2015', '2015-10-27'],
    ['on 27 October', '2015-10-27'],
    ['27/10/2015', '2015-10-27'],
    ['2015-10-27', '2015-10-27'],
    ['الأربعاء 27 تشرين الأول 2015', null],
    ['30 شباط 2015', null],
    ['29 شباط 2015', null],
    ['32 أكتوبر 2015', null],
  ]);
});

describe('a day of a month without its year is the nearest on the side of the tense', () => {
  check(PUBLISHED, [
    ['5 نوفمبر', '2014-11-05'],
    ['27 أكتوبر', '2015-10-27'],
    ['28 أكتوبر', '2014-10-28'],
    ['27 من الشهر الجاري', '2015-10-27'],
    ['15 الجاري', '2015-10-15'],
    ['في الخامس من الشهر الجاري', '2015-10-05'],
    ['العاشر من الشهر الماضي', '2015-09-10'],
    ['الحادي والعشرين من الشهر المقبل', '2015-11-21'],
    ['الأول من أكتوبر', '2015-10-01'],
    ['27 أيلول الماضي', '2015-09-27'],
    ['27 أكتوبر الماضي', '2014-10-27'],
    ['5 نوفمبر المقبل', '2015-11-05'],
    ['5 نوفمبر من العام الماضي', '2014-11-05'],
    ['5 نوفمبر من العام المقبل', '2016-11-05'],
    ['31 من الشهر المقبل', null],
    ['الثالث من نوعه', null],
  ]);
  check(
    PUBLISHED,
    [
      ['5 نوفمبر', '2015-11-05'],
      ['26 أكتوبر', '2016-10-26'],
      ['27 أكتوبر', '2015-10-27'],
    ],
    'future',
  );
  check(FRIDAY, [
    ['31 ديسمبر', '2015-12-31'],
    ['1 يناير', '2016-01-01'],
    ['2 يناير', '2015-01-02'],
  ]);
  check(FRIDAY, [['2 يناير', '2016-01-02']], 'future');
  check(YEAR_END, [
    ['1 يناير', '2015-01-01'],
    ['31 من الشهر المقبل', '2016-01-31'],
  ]);
  check(YEAR_END, [['1 يناير', '2016-01-01']], 'future');
  check(LEAP_DAY, [
    ['29 فبراير', '2024-02-29'],
    ['29 شباط الماضي', '2020-02-29'],
    ['29 فبراير المقبل', '2028-02-29'],
    ['29 من الشهر الجاري', '2024-02-29'],
    ['30 من الشهر الجاري', null],
  ]);
});

describe('months and years by name or number', () => {
  check(PUBLISHED, [
    ['تشرين الأول 2015', '2015-10-01', '2015-10-31', 'month'],
    ['أكتوبر 2015', '2015-10-01', '2015-10-31', 'month'],
    ['تشرين الأول/أكتوبر 2015', '2015-10-01', '2015-10-31', 'month'],
    ['شهر أكتوبر', '2015-10-01', '2015-10-31', 'month'],
    ['شهر نوفمبر', '2014-11-01', '2014-11-30', 'month'],
    ['في أكتوبر', '2015-10-01', '2015-10-31', 'month'],
    ['أكتوبر الماضي', '2014-10-01', '2014-10-31', 'month'],
    ['سبتمبر الماضي', '2015-09-01', '2015-09-30', 'month'],
    ['نوفمبر المقبل', '2015-11-01', '2015-11-30', 'month'],
    ['أكتوبر المقبل', '2016-10-01', '2016-10-31', 'month'],
    ['عام 2012', '2012-01-01', '2012-12-31', 'year'],
    ['في 2012', '2012-01-01', '2012-12-31', 'year'],
    ['العام 2012', '2012-01-01', '2012-12-31', 'year'],
    ['سنة 2012', '2012-01-01', '2012-12-31', 'year'],
    ['عام 2012م', '2012-01-01', '2012-12-31', 'year'],
    ['منذ عام 2012', '2012-01-01', '2012-12-31', 'year'],
    ['in 2012', '2012-01-01', '2012-12-31', 'year'],
    ['2012', null],
    ['عام 1436', null],
    ['مارس', null],
    ['أكتوبر', null],
  ]);
  check(PUBLISHED, [['شهر نوفمبر', '2015-11-01', '2015-11-30', 'month']], 'future');
});
