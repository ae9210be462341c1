import { normaliseForSearch } from './arabic-text.ts';
import { addDays, type IsoDate, monthBounds, yearBounds } from './calendar-date.ts';
import { range } from './date-math.ts';
import { periodAt } from './date-period-rules.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import { foldedSet } from './date-words.ts';

type Segment = 'first' | 'middle' | 'last';

export const SEGMENTS = new Map<string, Segment>(
  [
    ...[
      'مطلع',
      'بداية',
      'بدايات',
      'أوائل',
      'مستهل',
      'early',
      'beginning of',
      'the beginning of',
      'the start of',
    ].map((w) => [w, 'first'] as const),
    ...['منتصف', 'أواسط', 'mid', 'the middle of'].map((w) => [w, 'middle'] as const),
    ...['نهاية', 'نهايات', 'أواخر', 'ختام', 'late', 'the end of', 'end of'].map((w) => [w, 'last'] as const),
  ].map(([w, s]) => [normaliseForSearch(w), s]),
);
const ENDS = foldedSet(['نهاية', 'انتهاء']);
export const BOUNDS = foldedSet(['قبل', 'بحلول', 'حتى', 'لغاية', 'before', 'by', 'until']);

/** The period after a segment word, with "the" before an English "year"/"month" left out. */
function periodAfter(r: DateReader, k: number) {
  const j = r.is(k, 'the') && r.is(k + 1, 'year', 'month') ? k + 1 : k;
  return periodAt(r, j, true, true);
}

/**
 * Part of a month or year: «مطلع الشهر المقبل», «أواخر أكتوبر», «نهاية العام الجاري», "early next month".
 * The rule is a choice, stated once: a month's beginning is its first ten days, its middle days 11–20,
 * its end its last ten days; a year's beginning is its first quarter and its end its last. «منتصف
 * العام» is left unread: half a year either way is too wide to call a date.
 */
export function segmentAt(r: DateReader, k: number): DateParse | undefined {
  const hit = r.phrase(SEGMENTS, k, 3);
  if (!hit) return undefined;
  const period = periodAfter(r, hit.end);
  if (!period || (period.kind === 'year' && hit.value === 'middle')) return undefined;
  const segment = hit.value;
  const resolve = (anchor: IsoDate, tense: 'past' | 'future') => {
    const inside = period.dayIn(anchor, tense);
    if (period.kind === 'year') {
      const y = inside.slice(0, 4);
      return segment === 'first' ? range(`${y}-01-01`, `${y}-03-31`) : range(`${y}-10-01`, `${y}-12-31`);
    }
    const [first, last] = monthBounds(inside);
    if (segment === 'first') return range(first, addDays(first, 9));
    if (segment === 'middle') return range(addDays(first, 10), addDays(first, 19));
    return range(addDays(last, -9), last);
  };
  return { end: period.end, resolve };
}

/**
 * «قبل نهاية العام الجاري», «بحلول نهاية الشهر المقبل», "before the end of this year": from the day after
 * the anchor to the period's last day. Only the current or a coming period is read, so the range is
 * never empty; on the period's very last day it is that day alone.
 */
export function boundAt(r: DateReader, k: number): DateParse | undefined {
  if (!BOUNDS.has(r.at(k) ?? '')) return undefined;
  const end = r.phrase(SEGMENTS, k + 1, 3);
  const j = end?.value === 'last' ? end.end : ENDS.has(r.at(k + 1) ?? '') ? k + 2 : -1;
  if (j < 0) return undefined;
  const period = periodAfter(r, j);
  if (!period || period.shift === null || period.shift < 0) return undefined;
  const resolve = (anchor: IsoDate, tense: 'past' | 'future') => {
    const inside = period.dayIn(anchor, tense);
    const last = period.kind === 'year' ? yearBounds(inside)[1] : monthBounds(inside)[1];
    const next = addDays(anchor, 1);
    // ISO days compare as strings; on the period's last day nothing comes after the anchor.
    return next > last ? range(last, last) : range(next, last);
  };
  return { end: period.end, resolve };
}
