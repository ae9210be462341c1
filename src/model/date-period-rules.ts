import type { IsoDate } from './calendar-date.ts';
import { monthAt, yearValue } from './date-day-of-month.ts';
import { nearestMonth, shiftMonth, type Tense, wholeMonth, wholeYear, yearOf } from './date-math.ts';
import { qualifierAt, yearShiftAt } from './date-qualifiers.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import { QUALIFIERS } from './date-words.ts';

/** A named month or year: a day inside it, found from the anchor; `shift` when counted from the anchor's. */
export interface Period {
  end: number;
  kind: 'month' | 'year';
  shift: number | null;
  dayIn: (anchor: IsoDate, tense: Tense) => IsoDate;
}

const MONTH_WORDS = new Set(['الشهر', 'month']);
const YEAR_WORDS = new Set(['العام', 'السنه', 'year']);
const THIS = new Set(['هذا', 'هذه']);
const pad = (n: number) => String(n).padStart(4, '0');

/** «الشهر الماضي», «هذا العام», "next year"; bare «الشهر»/«العام» (the current one) when `bareWord`. */
function relativePeriod(r: DateReader, k: number, bareWord: boolean): Period | undefined {
  let word = r.at(k) ?? '';
  let shift: number | undefined;
  let j = k;
  const english = QUALIFIERS.get(word);
  if (/^[a-z]/.test(word) && english !== undefined) {
    shift = english;
    word = r.at(k + 1) ?? '';
    j = k + 2;
  } else if (THIS.has(word)) {
    shift = 0;
    word = r.at(k + 1) ?? '';
    j = k + 2;
  } else {
    const qualifier = qualifierAt(r, k + 1);
    shift = qualifier?.value;
    j = qualifier?.end ?? k + 2;
    if (shift === undefined && bareWord) {
      shift = 0;
      j = k + 1;
    }
  }
  if (shift === undefined) return undefined;
  const by = shift;
  if (MONTH_WORDS.has(word)) return { end: j, kind: 'month', shift: by, dayIn: (a) => shiftMonth(a, by) };
  if (YEAR_WORDS.has(word))
    return { end: j, kind: 'year', shift: by, dayIn: (a) => `${pad(yearOf(a) + by)}-01-01` };
  return undefined;
}

/**
 * A month or a year at word `k`: relative («الشهر المقبل», "last year"), «عام 2012», «تشرين الأول 2015»,
 * «أكتوبر الماضي», «شهر أكتوبر». A bare month name or year needs a word before it that makes it a date
 * («في أكتوبر», «في 2012»: `bare`), as «مارس» is also a verb and a lone number is seldom a year.
 */
export function periodAt(r: DateReader, k: number, bare: boolean, bareWord = false): Period | undefined {
  const relative = relativePeriod(r, k, bareWord);
  if (relative) return relative;
  const yearWord = r.is(k, 'عام', 'العام', 'سنه', 'السنه', 'year');
  const year = yearValue(r.at(yearWord ? k + 1 : k));
  if (year !== null && (yearWord || bare)) {
    const end = yearWord ? k + 2 : k + 1;
    return {
      end: r.is(end, 'م') ? end + 1 : end,
      kind: 'year',
      shift: null,
      dayIn: () => `${pad(year)}-01-01`,
    };
  }
  const monthWord = r.is(k, 'شهر');
  const month = monthAt(r, monthWord ? k + 1 : k);
  if (!month) return undefined;
  const m = month.month;
  const inYear = yearValue(r.at(month.end, ',،'));
  if (inYear !== null) {
    const end = r.is(month.end + 1, 'م') ? month.end + 2 : month.end + 1;
    return {
      end,
      kind: 'month',
      shift: null,
      dayIn: () => `${pad(inYear)}-${String(m).padStart(2, '0')}-01`,
    };
  }
  const mm = String(m).padStart(2, '0');
  const ofYear = yearShiftAt(r, month.end);
  if (ofYear) {
    const shift = ofYear.shift;
    return {
      end: ofYear.end,
      kind: 'month',
      shift: null,
      dayIn: (a) => `${pad(yearOf(a) + shift)}-${mm}-01`,
    };
  }
  const qualifier = QUALIFIERS.get(r.at(month.end) ?? '');
  if (qualifier === 0) {
    return { end: month.end + 1, kind: 'month', shift: null, dayIn: (a) => `${pad(yearOf(a))}-${mm}-01` };
  }
  if (qualifier !== undefined) {
    // «أكتوبر الماضي» in an October report is last year's October: the anchor's own month is «الجاري».
    const side = qualifier < 0 ? 'past' : 'future';
    return { end: month.end + 1, kind: 'month', shift: null, dayIn: (a) => nearestMonth(a, m, side, true) };
  }
  if (!monthWord && !bare) return undefined;
  return {
    end: month.end,
    kind: 'month',
    shift: null,
    dayIn: (a, tense) => nearestMonth(a, m, tense, false),
  };
}

/** A period as a date of its own: the whole month or year. */
export function periodDateAt(r: DateReader, k: number, bare: boolean): DateParse | undefined {
  const period = periodAt(r, k, bare);
  if (!period) return undefined;
  const whole = period.kind === 'month' ? wholeMonth : wholeYear;
  return { end: period.end, resolve: (anchor, tense) => whole(period.dayIn(anchor, tense)) };
}
