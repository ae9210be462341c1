import type { IsoDate } from './calendar-date.ts';
import { dayOfMonthAt } from './date-day-of-month.ts';
import { range, type Tense } from './date-math.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import { foldedSet } from './date-words.ts';

/** Words that may open two days of one month: «يومي 25 و26 نيسان», «بين 1 و3 نوفمبر», "from 1 to 3 May". */
export const PAIR_LEADS = foldedSet(['يومي', 'بين', 'من', 'between', 'from']);
const LINKS = foldedSet(['و', 'إلى', 'حتى', 'and', 'to']);
const DAY = /^\d{1,2}$/;

/**
 * Two days of one month, the first written as a bare number: «يومي 1 و2 نوفمبر المقبل», «من 3 إلى 5
 * أيار 2015». The range runs from the first day to the second, in the second's month and year.
 */
export function dayPairAt(r: DateReader, k: number): DateParse | undefined {
  const j = PAIR_LEADS.has(r.at(k) ?? '') ? k + 1 : k;
  const first = r.at(j) ?? '';
  if (!DAY.test(first) || !LINKS.has(r.at(j + 1) ?? '') || !DAY.test(r.at(j + 2) ?? '')) return undefined;
  const from = Number(first);
  const second = dayOfMonthAt(r, j + 2);
  if (!second || from < 1 || from >= Number(r.at(j + 2))) return undefined;
  const resolve = (anchor: IsoDate, tense: Tense) => {
    const last = second.resolve(anchor, tense);
    return last === null ? null : range(`${last.slice(0, 8)}${first.padStart(2, '0')}`, last);
  };
  return { end: second.end, resolve };
}
