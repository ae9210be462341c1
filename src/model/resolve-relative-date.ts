import { normaliseForSearch } from './arabic-text.ts';
import type { Precision } from './article-schema.ts';
import { addDays, addYears, type IsoDate, monthBounds, weekday, yearBounds } from './calendar-date.ts';

/** A resolved date: inclusive first and last day (null = open that way) with its precision. */
export interface ResolvedInterval {
  start: IsoDate | null;
  end: IsoDate | null;
  precision: Precision;
}

/** Which way an unqualified weekday ("on Saturday") points: reports look back, plans look ahead. */
export type Tense = 'past' | 'future';

// Keys are folded like the input, so hamza and ta marbuta spellings all match.
const WEEKDAYS: Record<string, number> = Object.fromEntries(
  Object.entries({
    الأحد: 0,
    الاثنين: 1,
    الثلاثاء: 2,
    الأربعاء: 3,
    الخميس: 4,
    الجمعة: 5,
    السبت: 6,
    sunday: 0,
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
  }).map(([name, day]) => [normaliseForSearch(name), day]),
);

const day = (date: IsoDate): ResolvedInterval => ({ start: date, end: date, precision: 'day' });

const FIXED: Record<string, (anchor: IsoDate) => ResolvedInterval> = {
  اليوم: day,
  today: day,
  امس: (a) => day(addDays(a, -1)),
  yesterday: (a) => day(addDays(a, -1)),
  'امس الاول': (a) => day(addDays(a, -2)),
  'اول امس': (a) => day(addDays(a, -2)),
  'the day before yesterday': (a) => day(addDays(a, -2)),
  غدا: (a) => day(addDays(a, 1)),
  tomorrow: (a) => day(addDays(a, 1)),
  'العام الجاري': (a) => ({ start: yearBounds(a)[0], end: yearBounds(a)[1], precision: 'year' }),
  'this year': (a) => ({ start: yearBounds(a)[0], end: yearBounds(a)[1], precision: 'year' }),
  'الشهر الجاري': (a) => ({ start: monthBounds(a)[0], end: monthBounds(a)[1], precision: 'month' }),
  'this month': (a) => ({ start: monthBounds(a)[0], end: monthBounds(a)[1], precision: 'month' }),
  'قبل نهايه العام الجاري': (a) => ({ start: addDays(a, 1), end: yearBounds(a)[1], precision: 'range' }),
  'قبل نهايه العام الحالي': (a) => ({ start: addDays(a, 1), end: yearBounds(a)[1], precision: 'range' }),
  'before the end of this year': (a) => ({ start: addDays(a, 1), end: yearBounds(a)[1], precision: 'range' }),
};

const PAST_WORDS = new Set(['الماضي', 'الماضيه', 'last']);
const FUTURE_WORDS = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه', 'next']);
const YEARS_AGO = /^(?:قبل (اكثر من )?(\d+) (?:سنوات|سنه|اعوام|عام|سنين)|(more than )?(\d+) years? ago)$/;

function resolveWeekday(words: string[], anchor: IsoDate, tense: Tense): ResolvedInterval | null {
  const rest = words.filter((w) => w !== 'يوم' && w !== 'on');
  const qualifiers = rest.filter((w) => PAST_WORDS.has(w) || FUTURE_WORDS.has(w));
  const names = rest.filter((w) => !qualifiers.includes(w));
  if (names.length !== 1 || qualifiers.length > 1) return null;
  const target = WEEKDAYS[names[0] as string] ?? WEEKDAYS[`ال${names[0]}`];
  if (target === undefined) return null;
  const qualifier = qualifiers[0];
  const direction = qualifier ? (PAST_WORDS.has(qualifier) ? 'past' : 'future') : tense;
  const offset = (target - weekday(anchor) + 7) % 7;
  // A report published on a Tuesday that says "on Tuesday" means that day; "last Tuesday" and
  // "next Tuesday" mean a week away.
  if (offset === 0 && !qualifier) return day(anchor);
  const days = direction === 'past' ? -((7 - offset) % 7 || 7) : offset || 7;
  return day(addDays(anchor, days));
}

/**
 * Resolves a date expression as written ("أمس", "الجمعة الماضية", "قبل أكثر من 3 سنوات") against an
 * anchor day. Returns null for an expression it does not know, never a guessed day.
 * `tense` (default 'past') decides which way an unqualified weekday points.
 */
export function resolveRelativeDate(
  expression: string,
  anchor: IsoDate,
  tense: Tense = 'past',
): ResolvedInterval | null {
  const phrase = normaliseForSearch(expression).replace(/[.,،]/g, '');
  const fixed = FIXED[phrase];
  if (fixed) return fixed(anchor);

  const ago = YEARS_AGO.exec(phrase);
  if (ago) {
    const moreThan = Boolean(ago[1] ?? ago[3]);
    const years = Number(ago[2] ?? ago[4]);
    const then = addYears(anchor, -years);
    // "More than N years ago" is everything before that day; "N years ago" is that whole year.
    if (moreThan) return { start: null, end: addDays(then, -1), precision: 'range' };
    const [start, end] = yearBounds(then);
    return { start, end, precision: 'year' };
  }

  return resolveWeekday(phrase.split(' '), anchor, tense);
}
