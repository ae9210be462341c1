import { normaliseForSearch } from './arabic-text.ts';
import { addDays, addYears, type IsoDate } from './calendar-date.ts';
import {
  addMonths,
  oneDay,
  type ResolvedInterval,
  range,
  shiftMonth,
  wholeMonth,
  wholeYear,
} from './date-math.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import {
  COUNT_UNITS,
  type CountUnit,
  foldedSet,
  MONTHS,
  NUMBER_WORDS,
  RELATIVE_DAYS,
  WEEKDAYS,
} from './date-words.ts';

export const AGO = foldedSet(['قبل', 'منذ']);
export const AFTER = foldedSet(['بعد']);
export const MORE_THAN = new Map(
  ['أكثر من', 'ما يزيد عن', 'ما يزيد على', 'more than', 'over'].map((p) => [normaliseForSearch(p), true]),
);
// «قبل يومين من الاجتماع», «بعد عامين على الاتفاق»: counted from another event, not from the article;
// «قبل شهر ونصف»: not a whole count, so no month of its own.
const FROM_ANOTHER = foldedSet(['من', 'على', 'عن', 'ونصف', 'ونيف']);

function numberAt(r: DateReader, k: number): number | undefined {
  const word = r.at(k) ?? '';
  return /^\d{1,3}$/.test(word) ? Number(word) : NUMBER_WORDS.get(word);
}

/** Whether the word after a singular unit turns «قبل يوم»/«قبل عام» into "before the day of …"/"before 2012". */
function namesWhat(word: string | undefined): boolean {
  if (word === undefined) return false;
  return (
    /^\d/.test(word) ||
    word.startsWith('ال') ||
    WEEKDAYS.has(word) ||
    MONTHS.has(word) ||
    RELATIVE_DAYS.has(word)
  );
}

function resolveCount(unit: CountUnit['unit'], n: number, sign: number, moreThan: boolean) {
  return (anchor: IsoDate): ResolvedInterval => {
    if (unit === 'day')
      return moreThan ? range(null, addDays(anchor, -n - 1)) : oneDay(addDays(anchor, sign * n));
    if (unit === 'month') {
      // "More than N months ago" is every day before that day; "N months ago" is that whole month.
      if (moreThan) return range(null, addDays(addMonths(anchor, -n), -1));
      return wholeMonth(shiftMonth(anchor, sign * n));
    }
    if (moreThan) return range(null, addDays(addYears(anchor, -n), -1));
    return wholeYear(addYears(anchor, sign * n));
  };
}

/**
 * A count of days, months or years from the anchor: «قبل يومين», «قبل أكثر من 3 سنوات», «منذ ثلاثة
 * أعوام», «بعد يومين», "two days ago", "more than three years ago". N days ago is that day; N months or
 * years ago is that whole month or year (the day is not stated); "more than" is everything before.
 */
export function countAt(r: DateReader, k: number): DateParse | undefined {
  const first = r.at(k) ?? '';
  const english = /^[a-z]/.test(first);
  const sign = english ? -1 : AGO.has(first) ? -1 : AFTER.has(first) ? 1 : 0;
  if (sign === 0) return undefined;
  let j = english ? k : k + 1;
  const more = sign < 0 ? r.phrase(MORE_THAN, j, 3) : undefined;
  if (more) j = more.end;
  const n = numberAt(r, j);
  if (n !== undefined) j++;
  const unit = COUNT_UNITS.get(r.at(j) ?? '');
  if (!unit || (n !== undefined && unit.count === 2)) return undefined;
  const count = n ?? unit.count;
  if (count === undefined || count < 1) return undefined;
  j++;
  if (english) {
    if (!r.is(j, 'ago')) return undefined;
    j++;
  } else {
    const next = r.at(j);
    if (FROM_ANOTHER.has(next ?? '') || (n === undefined && unit.count === 1 && namesWhat(next)))
      return undefined;
  }
  return { end: j, resolve: resolveCount(unit.unit, count, sign, Boolean(more)) };
}
