import type { IsoDate } from './calendar-date.ts';
import { isoDay, monthOf, nearestDay, shiftMonth, type Tense, yearOf } from './date-math.ts';
import { ORDINAL_DAYS } from './date-ordinals.ts';
import { yearShiftAt } from './date-qualifiers.ts';
import type { DateReader } from './date-reader.ts';
import { MONTHS, QUALIFIERS } from './date-words.ts';

/** A day of a month as written: how to find it from the anchor, and whether a given day is it. */
export interface DayOfMonth {
  end: number;
  resolve: (anchor: IsoDate, tense: Tense) => IsoDate | null;
  fits: (day: IsoDate, anchor: IsoDate) => boolean;
}

const YEAR = /^\d{4}$/;
// Hijri years (14xx today) are not Gregorian ones; outside this span a four-digit number is no year.
export const yearValue = (word: string | undefined): number | null =>
  word !== undefined && YEAR.test(word) && Number(word) >= 1600 && Number(word) <= 2199 ? Number(word) : null;
const SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const EXACT = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, y: 1, m: 2, d: 3 },
  // Numeric dates in Arabic and British news are day first.
  { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, y: 3, m: 2, d: 1 },
];

const exact = (end: number, day: IsoDate | null): DayOfMonth | undefined =>
  day === null ? undefined : { end, resolve: () => day, fits: (d) => d === day };

/** A month name at `k`, with an optional second name after «/» or «(» that must be the same month. */
export function monthAt(r: DateReader, k: number, allow = ''): { month: number; end: number } | undefined {
  const hit = r.phrase(MONTHS, k, 2, allow);
  if (hit === undefined) return undefined;
  const other = r.phrase(MONTHS, hit.end, 2, '/(');
  if (other !== undefined && other.value === hit.value) return { month: hit.value, end: other.end };
  return { month: hit.value, end: hit.end };
}

/** What follows the month: a year, «من العام الماضي», «الماضي», or nothing (the nearest by tense). */
function afterMonth(r: DateReader, k: number, m: number, d: number): DayOfMonth | undefined {
  const year = yearValue(r.at(k, ',،'));
  if (year !== null) return exact(r.is(k + 1, 'م') ? k + 2 : k + 1, isoDay(year, m, d));
  if (isoDay(2000, m, d) === null) return undefined;
  const ofYear = yearShiftAt(r, k);
  if (ofYear) {
    const shift = ofYear.shift;
    const day = (anchor: IsoDate) => isoDay(yearOf(anchor) + shift, m, d);
    return { end: ofYear.end, resolve: day, fits: (x, anchor) => x === day(anchor) };
  }
  const qualifier = QUALIFIERS.get(r.at(k) ?? '');
  if (qualifier === 0) {
    const day = (anchor: IsoDate) => isoDay(yearOf(anchor), m, d);
    return { end: k + 1, resolve: day, fits: (x, anchor) => x === day(anchor) };
  }
  if (qualifier !== undefined) {
    // «27 أيلول الماضي»: the last such day before the anchor; «المقبل»: the next one after it.
    const side = qualifier < 0 ? 'past' : 'future';
    const day = (anchor: IsoDate) => nearestDay(anchor, m, d, side, true);
    return { end: k + 1, resolve: day, fits: (x, anchor) => x === day(anchor) };
  }
  return {
    end: k,
    resolve: (anchor, tense) => nearestDay(anchor, m, d, tense, false),
    fits: (x) => monthOf(x) === m && Number(x.slice(8, 10)) === d,
  };
}

/** «من الشهر الجاري», «الشهر الماضي», «الجاري»: the day in a month counted from the anchor's. */
function ofRelativeMonth(r: DateReader, k: number, d: number, digits: boolean): DayOfMonth | undefined {
  let j = r.is(k, 'من') ? k + 1 : k;
  let shift: number | undefined;
  if (r.is(j, 'الشهر')) {
    shift = QUALIFIERS.get(r.at(j + 1) ?? '');
    j += 2;
  } else if (digits && QUALIFIERS.get(r.at(j) ?? '') === 0 && r.at(j)?.startsWith('ال')) {
    shift = 0;
    j += 1;
  }
  if (shift === undefined) return undefined;
  const by = shift;
  const day = (anchor: IsoDate) => {
    const first = shiftMonth(anchor, by);
    return isoDay(yearOf(first), monthOf(first), d);
  };
  return { end: j, resolve: day, fits: (x, anchor) => x === day(anchor) };
}

/**
 * A day of a month at word `k`: «27 تشرين الأول 2015», «٢٧ أكتوبر», «الخامس من الشهر الجاري»,
 * «27 الجاري», "October 27, 2015", 2015-10-27, 27/10/2015. `allow` lists marks that may precede it.
 */
export function dayOfMonthAt(r: DateReader, k: number, allow = ''): DayOfMonth | undefined {
  const word = r.at(k, allow);
  if (word === undefined) return undefined;
  for (const { pattern, y, m, d } of EXACT) {
    const match = pattern.exec(word);
    if (match) return exact(k + 1, isoDay(Number(match[y]), Number(match[m]), Number(match[d])));
  }
  if (/^[a-z]/.test(word)) {
    const month = monthAt(r, k, allow);
    // "Oct. 27": the full stop of a short month name may stand before the day.
    const dayWord = month ? (r.at(month.end, '.') ?? '') : '';
    const d = /^\d{1,2}$/.test(dayWord) ? Number(dayWord) : 0;
    if (!month || d < 1 || d > 31) return undefined;
    const next = SUFFIX.has(r.at(month.end + 1) ?? '') ? month.end + 2 : month.end + 1;
    return afterMonth(r, next, month.month, d);
  }
  // «أول نوفمبر المقبل»: the first of a month, written without «من».
  if (word === 'اول') {
    const first = monthAt(r, k + 1);
    return first ? afterMonth(r, first.end, first.month, 1) : undefined;
  }
  const digits = /^\d{1,2}$/.test(word);
  const ordinal = digits ? undefined : r.phrase(ORDINAL_DAYS, k, 2);
  const d = digits ? Number(word) : (ordinal?.value ?? 0);
  if (d < 1 || d > 31) return undefined;
  let j = digits ? (SUFFIX.has(r.at(k + 1) ?? '') ? k + 2 : k + 1) : (ordinal?.end as number);
  // An ordinal is a date only with «من» and a month after it («الثالث من نوعه» is not).
  if (!digits && !r.is(j, 'من')) return undefined;
  const relative = ofRelativeMonth(r, j, d, digits);
  if (relative) return relative;
  if (r.is(j, 'من')) j++;
  const month = monthAt(r, j);
  return month ? afterMonth(r, month.end, month.month, d) : undefined;
}
