import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { createTimeScale, linearTimeScale } from './time-scale.ts';
import { contextLabel, tickLevelFor, timeTicks } from './time-ticks.ts';

const d = (iso: string) => new Date(`${iso}Z`);
const labels = (domain: [Date, Date], width: number, lang: 'ar' | 'en') =>
  timeTicks(domain, width, lang).ticks.map((t) => t.label);

describe('createTimeScale', () => {
  const domain: [Date, Date] = [d('2015-10-22T00:00'), d('2015-10-29T00:00')];
  it('runs right-to-left in Arabic: earlier is further right', () => {
    const x = createTimeScale(domain, 700, 'rtl');
    expect(x(d('2015-10-22T00:00'))).toBe(700);
    expect(x(d('2015-10-23T00:00'))).toBe(600);
    expect(x(d('2015-10-29T00:00'))).toBe(0);
  });
  it('runs left-to-right in English', () => {
    const x = createTimeScale(domain, 700, 'ltr', 10);
    expect(x(d('2015-10-22T00:00'))).toBe(10);
    expect(x(d('2015-10-25T12:00'))).toBe(350);
    expect(x(d('2015-10-29T00:00'))).toBe(690);
  });
});

describe('linearTimeScale', () => {
  const x = linearTimeScale([d('2015-10-22T00:00'), d('2015-10-29T00:00')], [700, 0]);

  it('maps both ways, beyond the ends too', () => {
    expect(x(d('2015-10-25T12:00'))).toBe(350);
    expect(x(d('2015-10-30T00:00'))).toBe(-100);
    expect(x.invert(600)).toEqual(d('2015-10-23T00:00'));
    expect(x.invert(-100)).toEqual(d('2015-10-30T00:00'));
  });

  it('gives its domain and range, and new scales for new ones, leaving itself as it was', () => {
    expect(x.domain()).toEqual([d('2015-10-22T00:00'), d('2015-10-29T00:00')]);
    expect(x.range()).toEqual([700, 0]);
    const wider = x.range([1400, 0]);
    expect(wider(d('2015-10-23T00:00'))).toBe(1200);
    expect(x.domain([d('2015-10-22T00:00'), d('2015-10-23T00:00')])(d('2015-10-22T12:00'))).toBe(350);
    expect(x.copy()(d('2015-10-23T00:00'))).toBe(600);
    expect(x(d('2015-10-23T00:00'))).toBe(600);
  });

  it('is what d3-zoom rescales: twice as close around the middle shows half the week', () => {
    const zoomed = zoomIdentity.translate(-350, 0).scale(2).rescaleX(x);
    expect(zoomed.domain()).toEqual([d('2015-10-23T18:00'), d('2015-10-27T06:00')]);
  });

  it('maps a domain of no length to the middle of the range', () => {
    const point = linearTimeScale([d('2015-10-22T00:00'), d('2015-10-22T00:00')], [0, 100]);
    expect(point(d('2015-10-25T00:00'))).toBe(50);
    expect(point.invert(80)).toEqual(d('2015-10-22T00:00'));
  });
});

describe('timeTicks adapts from decades to hours', () => {
  it('shows decades over a century', () => {
    expect(labels([d('1950-01-01T00:00'), d('2030-01-01T00:00')], 800, 'en')).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
      '2030',
    ]);
  });

  it('shows years, in Arabic-Indic digits', () => {
    expect(labels([d('2012-01-01T00:00'), d('2016-01-01T00:00')], 800, 'ar')).toEqual([
      '٢٠١٢',
      '٢٠١٣',
      '٢٠١٤',
      '٢٠١٥',
      '٢٠١٦',
    ]);
  });

  it('shows Levantine month names, with the year on January', () => {
    const domain: [Date, Date] = [d('2015-09-01T00:00'), d('2016-02-01T00:00')];
    expect(tickLevelFor(domain, 800)).toBe('month');
    expect(labels(domain, 800, 'ar')).toEqual([
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
      'كانون الثاني ٢٠١٦',
      'شباط',
    ]);
    expect(labels(domain, 800, 'en')).toEqual([
      'September',
      'October',
      'November',
      'December',
      'January 2016',
      'February',
    ]);
  });

  it('shows days with the month on the first', () => {
    const domain: [Date, Date] = [d('2015-10-29T00:00'), d('2015-11-03T00:00')];
    expect(labels(domain, 800, 'ar')).toEqual(['٢٩', '٣٠', '٣١', '١ تشرين الثاني', '٢', '٣']);
    expect(labels(domain, 800, 'en')).toEqual(['29', '30', '31', '1 November', '2', '3']);
    expect(contextLabel(domain, 'day', 'ar')).toBe('تشرين الأول ٢٠١٥');
  });

  it('shows hours within a day, with the day at midnight', () => {
    const domain: [Date, Date] = [d('2015-10-27T12:00'), d('2015-10-28T06:00')];
    expect(tickLevelFor(domain, 800)).toBe('hour');
    expect(labels(domain, 800, 'en')).toEqual([
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '28 October',
      '03:00',
      '06:00',
    ]);
    expect(labels(domain, 800, 'ar')[0]).toBe('١٢:٠٠');
  });

  it('thins ticks on a narrow screen', () => {
    const domain: [Date, Date] = [d('2015-10-22T00:00'), d('2015-10-29T00:00')];
    expect(tickLevelFor(domain, 1300)).toBe('day');
    expect(timeTicks(domain, 1300, 'en').ticks).toHaveLength(8);
    expect(timeTicks(domain, 300, 'en').ticks.map((t) => t.label)).toEqual([
      '22',
      '23',
      '24',
      '25',
      '26',
      '27',
      '28',
      '29',
    ]);
    expect(timeTicks(domain, 200, 'en').ticks.map((t) => t.label)).toEqual(['23', '25', '27', '29']);
  });
});

describe('timeTicks with measured labels', () => {
  // About the width of the axis's 12 px labels: a fixed 7 px a character keeps the test exact.
  const measure = (text: string) => text.length * 7;
  const fitted = (domain: [Date, Date], width: number, lang: 'ar' | 'en') => {
    const { unit, ticks } = timeTicks(domain, width, lang, measure);
    return { unit, labels: ticks.map((t) => t.label) };
  };
  const month: [Date, Date] = [d('2015-10-11T00:00'), d('2015-11-08T00:00')];

  it('takes a coarser step when a month name on the 1st would run into the day numbers beside it', () => {
    // Unmeasured, every other day: «٣١» and «١ تشرين الثاني» ran together as «١٣١ تشرين الثاني».
    expect(labels(month, 1000, 'ar').slice(9, 13)).toEqual(['٢٩', '٣١', '١ تشرين الثاني', '٣']);
    expect(fitted(month, 1000, 'ar')).toEqual({
      unit: 'day',
      labels: ['١٥', '٢٢', '٢٩', '١ تشرين الثاني', '٨'],
    });
    expect(fitted(month, 1000, 'en')).toEqual({ unit: 'day', labels: ['15', '22', '29', '1 November', '8'] });
  });

  it('falls back to months when even weeks do not fit', () => {
    expect(fitted(month, 300, 'ar')).toEqual({ unit: 'month', labels: ['تشرين الثاني'] });
  });

  it('keeps the first level when its labels already clear each other', () => {
    const day: [Date, Date] = [d('2015-10-28T06:00'), d('2015-10-29T18:00')];
    expect(fitted(day, 1000, 'en').labels).toEqual(labels(day, 1000, 'en'));
    expect(fitted(day, 1000, 'en').labels.slice(5, 8)).toEqual(['21:00', '29 October', '03:00']);
  });
});
