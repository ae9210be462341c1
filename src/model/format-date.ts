import type { Precision } from './article-schema.ts';
import { dayStart, type IsoDate } from './calendar-date.ts';

/** Interface language. */
export type Lang = 'ar' | 'en';

// ar-SY gives the Levantine month names SANA writes (تشرين الأول, not أكتوبر); nu-arab pins
// Arabic-Indic digits whatever the browser's defaults.
const LOCALES: Record<Lang, string> = { ar: 'ar-SY-u-nu-arab', en: 'en-GB' };

/** A day in full, as formatDay writes it (the page's first date format is made with it early, too). */
export const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** The options a date format is made with: dates are calendar days, read and written in UTC. */
export const dateFormatOptions = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({
  timeZone: 'UTC',
  ...options,
});

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], dateFormatOptions(options));
    cache.set(key, f);
  }
  return f;
}

/** Locale tag used for dates and numbers in each language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A day in full: "٢٧ تشرين الأول ٢٠١٥" / "27 October 2015". */
export function formatDay(date: IsoDate, lang: Lang): string {
  return formatter(lang, DAY_FORMAT).format(dayStart(date));
}

/** A day with its weekday: "الثلاثاء، ٢٧ تشرين الأول ٢٠١٥". */
export function formatDayLong(date: IsoDate, lang: Lang): string {
  return formatter(lang, { weekday: 'long', ...DAY_FORMAT }).format(dayStart(date));
}

const numbers = new Map<Lang, Intl.NumberFormat>();

/** A number in the language's digits. */
export function formatNumber(value: number, lang: Lang): string {
  let format = numbers.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang]);
    numbers.set(lang, format);
  }
  return format.format(value);
}

/** Words the interval formatter needs, taken from the interface strings table. */
export interface IntervalWords {
  before: (date: string) => string;
  after: (date: string) => string;
  unknown: string;
}

/** A resolved interval as a reader would say it, honest about open ends and precision. */
export function formatInterval(
  interval: { start: IsoDate | null; end: IsoDate | null; precision: Precision },
  lang: Lang,
  words: IntervalWords,
): string {
  const { start, end, precision } = interval;
  if (precision === 'unknown' || (!start && !end)) return words.unknown;
  if (!start) return words.before(formatDay(end as IsoDate, lang));
  if (!end) return words.after(formatDay(start, lang));
  if (precision === 'year') return formatter(lang, { year: 'numeric' }).format(dayStart(start));
  if (precision === 'month')
    return formatter(lang, { month: 'long', year: 'numeric' }).format(dayStart(start));
  if (start === end) return formatDay(start, lang);
  return formatter(lang, DAY_FORMAT).formatRange(dayStart(start), dayStart(end));
}

/** Distinct intervals an intervalFormat keeps written before it starts again. */
export const INTERVALS_KEPT = 4096;

/**
 * formatInterval for one language and its words, each interval written once: an Arabic date costs
 * about a tenth of a millisecond to format, and the list writes a hundred at every filter, most of
 * them days it wrote before.
 */
export function intervalFormat(
  lang: Lang,
  words: IntervalWords,
): (interval: Parameters<typeof formatInterval>[0]) => string {
  const written = new Map<string, string>();
  return (interval) => {
    const key = `${interval.start}/${interval.end}/${interval.precision}`;
    let text = written.get(key);
    if (text === undefined) {
      if (written.size >= INTERVALS_KEPT) written.clear();
      text = formatInterval(interval, lang, words);
      written.set(key, text);
    }
    return text;
  };
}

// Making a collator costs more than sorting a few dozen names with it: one per language.
const collators = new Map<Lang, Intl.Collator>();

/** The collator that orders names in the interface language (made once per language). */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator;
}
