import type { Precision, WhenRecord } from '../model/article-schema.ts';
import { isCalendarDate, monthBounds, yearBounds } from '../model/calendar-date.ts';

type Interval = Pick<WhenRecord, 'start' | 'end' | 'precision'>;

/**
 * The interval after choosing `precision`, filled from the start (or end) already there, so choosing
 * "month" on 2015-10-27 gives the whole of October rather than a problem to fix by hand: a day is the
 * start day, a month or a year its whole, "unknown" no dates, a range as it was.
 */
export function withPrecision(when: Interval, precision: Precision): Interval {
  const from = [when.start, when.end].find((d): d is string => d !== null && isCalendarDate(d));
  switch (precision) {
    case 'day':
      return from ? { start: from, end: from, precision } : { ...when, precision };
    case 'month': {
      if (!from) return { ...when, precision };
      const [start, end] = monthBounds(from);
      return { start, end, precision };
    }
    case 'year': {
      if (!from) return { ...when, precision };
      const [start, end] = yearBounds(from);
      return { start, end, precision };
    }
    case 'unknown':
      return { start: null, end: null, precision };
    default:
      return { ...when, precision };
  }
}
