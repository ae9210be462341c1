import type { Status, WhenRecord } from '../../src/model/article-schema.ts';
import {
  addDays,
  daysBetween,
  type IsoDate,
  monthBounds,
  weekday,
  yearBounds,
} from '../../src/model/calendar-date.ts';
import { resolveRelativeDate } from '../../src/model/resolve-relative-date.ts';
import type { Random } from './prng.ts';

/** The article's language, which decides how a date is written. */
export type Lang = 'ar' | 'en';

/** A planned `when`, plus whether the record needs an outside note for it. */
export interface PlannedWhen {
  when: Omit<WhenRecord, 'outside'> & { outside?: WhenRecord['outside'] };
  /** 'certainty': the date itself comes from outside; 'finer': an outside source gives another day. */
  note: 'certainty' | 'finer' | null;
}

/** The event this one may lean on for an inferred date: the previous one in the text, if dated to a day. */
export interface Anchor {
  id: string;
  day: IsoDate;
  title: { ar: string; en: string };
}

const MONTHS_AR = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const MONTHS_EN =
  'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WEEKDAYS_EN = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const FRIDAY = 5;

const parts = (date: IsoDate) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m: m - 1, d };
};
const monthName = (lang: Lang, m: number) => (lang === 'ar' ? MONTHS_AR : MONTHS_EN)[m] as string;
const dayText = (lang: Lang, date: IsoDate) => {
  const { y, m, d } = parts(date);
  return lang === 'ar' ? `في ${d} ${monthName(lang, m)} ${y}` : `on ${d} ${monthName(lang, m)} ${y}`;
};
const monthText = (lang: Lang, date: IsoDate) => {
  const { y, m } = parts(date);
  return lang === 'ar' ? `في ${monthName(lang, m)} ${y}` : `in ${monthName(lang, m)} ${y}`;
};

const RULES = {
  reportedToday: {
    ar: 'يورد البيان الصادر يوم النشر هذا الحدث مع غيره، ولا يعطيه المقال تاريخًا خاصًا به.',
    en: 'The statement issued on the day of publication reports it with the others; the article gives it no date of its own.',
  },
  sameDay: (anchor: Anchor) => ({
    ar: `يذكره المقال في سياق «${anchor.title.ar}» ولا يعطيه تاريخًا خاصًا به، فهو في يومه.`,
    en: `The article reports it in the course of "${anchor.title.en}" and gives it no date of its own, so it shares that day.`,
  }),
  soFar: {
    ar: 'يتحدث المقال عن الاتصالات بأنها مستمرة يوم النشر، ولا يذكر متى بدأت.',
    en: 'The article speaks of the contacts as continuing on the day of publication; when they began is not said.',
  },
};

// Words a reader of Arabic news sees for the last seven days, checked against the project's resolver.
function relativeDayText(lang: Lang, offset: number, day: IsoDate, random: Random): string {
  const fixed =
    lang === 'ar' ? ['اليوم', 'أمس', 'أمس الأول'] : ['today', 'yesterday', 'the day before yesterday'];
  if (offset < fixed.length) return fixed[offset] as string;
  const w = weekday(day);
  if (lang === 'en') return random.chance(0.5) ? `last ${WEEKDAYS_EN[w]}` : `on ${WEEKDAYS_EN[w]}`;
  const past = w === FRIDAY ? 'الماضية' : 'الماضي';
  return random.chance(0.5) ? `يوم ${WEEKDAYS_AR[w]} ${past}` : `يوم ${WEEKDAYS_AR[w]}`;
}

const stated = (
  text: string | null,
  relativeTo: WhenRecord['relativeTo'],
  start: IsoDate | null,
  end: IsoDate | null,
  precision: WhenRecord['precision'],
): PlannedWhen => ({ when: { text, relativeTo, start, end, precision, certainty: 'stated' }, note: null });

const PUBLICATION = { kind: 'publication' } as const;
const ABSOLUTE = { kind: 'absolute' } as const;

/** Resolves a publication-relative expression with the app's own resolver, so the validator agrees. */
function fromPublication(text: string, published: IsoDate, status: Status): PlannedWhen {
  const resolved = resolveRelativeDate(text, published, status === 'planned' ? 'future' : 'past');
  if (!resolved) throw new Error(`the resolver does not know "${text}"`);
  return stated(text, PUBLICATION, resolved.start, resolved.end, resolved.precision);
}

function planned(lang: Lang, published: IsoDate, random: Random): PlannedWhen {
  const { y } = parts(published);
  const choice = random.weighted({ tomorrow: 3, weekday: 3, yearEnd: 2, nextMonth: 2 });
  if (choice === 'yearEnd' && published < `${y}-12-31`) {
    return fromPublication(
      lang === 'ar' ? 'قبل نهاية العام الجاري' : 'before the end of this year',
      published,
      'planned',
    );
  }
  if (choice === 'nextMonth') {
    // Not an expression the resolver knows, so it is the author's reading: the whole next month.
    const [start, end] = monthBounds(addDays(monthBounds(published)[1], 1));
    return stated(lang === 'ar' ? 'الشهر المقبل' : 'next month', PUBLICATION, start, end, 'month');
  }
  if (choice === 'weekday') {
    const w = weekday(addDays(published, random.between(2, 6)));
    const next =
      lang === 'ar'
        ? `يوم ${WEEKDAYS_AR[w]} ${w === FRIDAY ? 'المقبلة' : 'المقبل'}`
        : `next ${WEEKDAYS_EN[w]}`;
    return fromPublication(next, published, 'planned');
  }
  return fromPublication(lang === 'ar' ? 'غدا' : 'tomorrow', published, 'planned');
}

function ongoing(lang: Lang, day: IsoDate, published: IsoDate, random: Random): PlannedWhen {
  if (random.chance(0.5)) {
    const text = lang === 'ar' ? 'حتى الآن' : 'so far';
    return {
      when: {
        text,
        relativeTo: PUBLICATION,
        start: null,
        end: published,
        precision: 'range',
        certainty: 'inferred',
        rule: RULES.soFar,
      },
      note: null,
    };
  }
  const { y, m } = parts(day);
  const text = lang === 'ar' ? `منذ ${monthName(lang, m)} ${y}` : `since ${monthName(lang, m)} ${y}`;
  return stated(text, ABSOLUTE, monthBounds(day)[0], null, 'range');
}

/**
 * Chooses how the article dates one event and resolves it: relative words near publication,
 * absolute days, months, years and ranges further back, inferred and outside dates, a few unknown.
 * `day` is the day the event was drawn for; planned and ongoing events are dated from publication.
 */
export function planWhen(
  lang: Lang,
  status: Status,
  day: IsoDate,
  published: IsoDate,
  anchor: Anchor | null,
  random: Random,
): PlannedWhen {
  if (status === 'planned') return planned(lang, published, random);
  if (status === 'ongoing') return ongoing(lang, day, published, random);
  const offset = daysBetween(day, published);
  const near = offset >= 0 && offset <= 6;
  const choice = random.weighted({
    relative: near ? 60 : 0,
    absolute: near ? 8 : 58,
    month: 10,
    year: 1.5,
    range: 4,
    inferredToday: near ? 6 : 0,
    inferredSameDay: anchor ? 12 : 0,
    outside: 6,
    finer: 1.5,
    unknown: 1,
  });
  const { y, m, d } = parts(day);
  switch (choice) {
    case 'relative':
      return fromPublication(relativeDayText(lang, offset, day, random), published, status);
    case 'month': {
      const [start, end] = monthBounds(day);
      if (start === monthBounds(published)[0]) {
        return fromPublication(lang === 'ar' ? 'الشهر الجاري' : 'this month', published, status);
      }
      return stated(monthText(lang, day), ABSOLUTE, start, end, 'month');
    }
    case 'year': {
      const [start, end] = yearBounds(day);
      return stated(lang === 'ar' ? `خلال عام ${y}` : `during ${y}`, ABSOLUTE, start, end, 'year');
    }
    case 'range': {
      const last = addDays(day, 2);
      if (parts(last).m !== m) break;
      const text =
        lang === 'ar'
          ? `بين ${d} و${d + 2} ${monthName(lang, m)} ${y}`
          : `between ${d} and ${d + 2} ${monthName(lang, m)} ${y}`;
      return stated(text, ABSOLUTE, day, last, 'range');
    }
    case 'inferredToday':
      return {
        when: {
          text: null,
          relativeTo: PUBLICATION,
          start: published,
          end: published,
          precision: 'day',
          certainty: 'inferred',
          rule: RULES.reportedToday,
        },
        note: null,
      };
    case 'inferredSameDay':
      if (!anchor) break;
      return {
        when: {
          text: null,
          relativeTo: { kind: 'event', event: anchor.id },
          start: anchor.day,
          end: anchor.day,
          precision: 'day',
          certainty: 'inferred',
          rule: RULES.sameDay(anchor),
        },
        note: null,
      };
    case 'outside':
      return {
        when: {
          text: null,
          relativeTo: ABSOLUTE,
          start: day,
          end: day,
          precision: 'day',
          certainty: 'outside',
        },
        note: 'certainty',
      };
    case 'finer':
      return { ...stated(dayText(lang, day), ABSOLUTE, day, day, 'day'), note: 'finer' };
    case 'unknown':
      return stated(null, ABSOLUTE, null, null, 'unknown');
    default:
      break;
  }
  return stated(dayText(lang, day), ABSOLUTE, day, day, 'day');
}
