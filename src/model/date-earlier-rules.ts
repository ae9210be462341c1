import { type IsoDate, monthBounds, yearBounds } from './calendar-date.ts';
import { oneDay, range } from './date-math.ts';
import { periodAt } from './date-period-rules.ts';
import type { DateParse, DateReader } from './date-reader.ts';

const SIDES = new Map([
  ['سابق', -1],
  ['لاحق', 1],
  ['earlier', -1],
  ['later', 1],
]);

/**
 * «في وقت سابق» (earlier: up to the anchor, open before) and «في وقت لاحق» (later: from the anchor, open
 * after); with «اليوم» after them the anchor's day, and with the current month or year («من هذا
 * الشهر», "earlier this year") the part of it before or after the anchor.
 */
export function earlierAt(r: DateReader, k: number): DateParse | undefined {
  const arabic = r.is(k, 'في') && r.is(k + 1, 'وقت');
  const j = arabic ? k + 3 : k + 1;
  const side = SIDES.get(r.at(j - 1) ?? '');
  if (side === undefined || (!arabic && !/^[a-z]/.test(r.at(k) ?? ''))) return undefined;
  const from = r.is(j, 'من') ? j + 1 : j;
  if (r.is(from, 'اليوم', 'today')) return { end: from + 1, resolve: (anchor) => oneDay(anchor) };
  const period = periodAt(r, from, false);
  if (period?.shift === 0) {
    const resolve = (anchor: IsoDate) => {
      const [first, last] = period.kind === 'month' ? monthBounds(anchor) : yearBounds(anchor);
      return side < 0 ? range(first, anchor) : range(anchor, last);
    };
    return { end: period.end, resolve };
  }
  if (!arabic) return undefined;
  return { end: j, resolve: (anchor) => (side < 0 ? range(null, anchor) : range(anchor, null)) };
}
