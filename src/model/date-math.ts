import type { Precision } from './article-schema.ts';
import { addDays, type IsoDate, monthBounds, weekday, yearBounds } from './calendar-date.ts';

/** A resolved date: inclusive first and last day (null = open that way) with its precision. */
export interface ResolvedInterval {
  start: IsoDate | null;
  end: IsoDate | null;
  precision: Precision;
}

/** Which way an unqualified weekday or day of a month points: reports look back, plans look ahead. */
export type Tense = 'past' | 'future';

/** How a parsed expression becomes days once the anchor (and tense) are known. */
export type Resolve = (anchor: IsoDate, tense: Tense) => ResolvedInterval | null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day y-m-d, or null when it does not exist (30 February). */
export function isoDay(y: number, m: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Year and month (1–12) of a day. */
export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
export const monthOf = (date: IsoDate) => Number(date.slice(5, 7));

/** The first day of the month `months` after the one that holds `date`. */
export function shiftMonth(date: IsoDate, months: number): IsoDate {
  const index = yearOf(date) * 12 + monthOf(date) - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`;
}

export const oneDay = (date: IsoDate): ResolvedInterval => ({ start: date, end: date, precision: 'day' });
export const range = (start: IsoDate | null, end: IsoDate | null): ResolvedInterval => ({
  start,
  end,
  precision: 'range',
});
export const wholeMonth = (date: IsoDate): ResolvedInterval => {
  const [start, end] = monthBounds(date);
  return { start, end, precision: 'month' };
};
export const wholeYear = (date: IsoDate): ResolvedInterval => {
  const [start, end] = yearBounds(date);
  return { start, end, precision: 'year' };
};

/**
 * The day `m`-`d` nearest the anchor on one side: 'past' the latest on or before it, 'future' the
 * earliest on or after it; `strict` leaves the anchor itself out (for «الماضي»/«المقبل»). Eight years
 * always hold a 29 February.
 */
export function nearestDay(
  anchor: IsoDate,
  m: number,
  d: number,
  side: Tense,
  strict: boolean,
): IsoDate | null {
  const step = side === 'past' ? -1 : 1;
  for (let y = yearOf(anchor), n = 0; n <= 8; y += step, n++) {
    const day = isoDay(y, m, d);
    if (!day) continue;
    const before = day < anchor || (!strict && day === anchor);
    const after = day > anchor || (!strict && day === anchor);
    if (side === 'past' ? before : after) return day;
  }
  return null;
}

/** The month `m` nearest the anchor's month on one side (`strict` leaves the anchor's month out). */
export function nearestMonth(anchor: IsoDate, m: number, side: Tense, strict: boolean): IsoDate {
  const here = monthOf(anchor);
  let y = yearOf(anchor);
  if (side === 'past' && (m > here || (strict && m === here))) y--;
  if (side === 'future' && (m < here || (strict && m === here))) y++;
  return `${pad(y, 4)}-${pad(m)}-01`;
}

/**
 * The named weekday (0 = Sunday) seen from the anchor. Unqualified, the anchor's own weekday is the
 * anchor (a Tuesday report's "on Tuesday" is that day), else the nearest on the tense's side;
 * qualified («الماضي» -1, «المقبل» +1), the anchor's own weekday is a week away.
 */
export function nearestWeekday(
  anchor: IsoDate,
  target: number,
  qualifier: number | null,
  tense: Tense,
): IsoDate {
  const offset = (target - weekday(anchor) + 7) % 7;
  if (offset === 0 && qualifier === null) return anchor;
  const past = qualifier === null ? tense === 'past' : qualifier < 0;
  return addDays(anchor, past ? -((7 - offset) % 7 || 7) : offset || 7);
}

/** The same day `months` later, the day clamped to the month's length (31 March − 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const first = shiftMonth(date, months);
  const last = Number(monthBounds(first)[1].slice(8, 10));
  return `${first.slice(0, 8)}${pad(Math.min(Number(date.slice(8, 10)), last))}`;
}
