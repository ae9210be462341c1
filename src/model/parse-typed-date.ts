import { normaliseForSearch } from './arabic-text.ts';
import { type IsoDate, monthBounds } from './calendar-date.ts';

/** A typed date read as the days it covers: one day, a whole month or a whole year. */
export interface TypedDate {
  start: IsoDate;
  end: IsoDate;
}

// Month names as readers write them: Levantine (تشرين الأول), Egyptian/Gulf (أكتوبر), English in
// full and short. Taken from Intl so no list is typed by hand, and folded like the input.
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of ['ar-SY', 'ar-EG', 'en-GB']) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = normaliseForSearch(format.format(new Date(Date.UTC(2015, m, 15)))).replace(/\./g, '');
        names.set(name, m + 1);
        // "تشرين اول" is as common as "تشرين الأول".
        if (name.includes(' ال')) names.set(name.replace(' ال', ' '), m + 1);
      }
    }
  }
  names.set('sept', 9);
  return names;
}

let months: Map<string, number> | null = null;
const pad = (n: number) => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): TypedDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return { start: iso, end: iso };
}

function month(y: number, m: number): TypedDate | null {
  if (m < 1 || m > 12) return null;
  const [start, end] = monthBounds(`${String(y).padStart(4, '0')}-${pad(m)}-01`);
  return { start, end };
}

/**
 * Reads a date a person typed, in either interface language: "2015-10-27", "27/10/2015",
 * "٢٧ تشرين الأول ٢٠١٥", "27 أكتوبر 2015", "27 October 2015", "October 27, 2015", "تشرين الأول 2015",
 * "2015". Numeric forms are day first. Returns null when it cannot be read as a real date.
 */
export function parseTypedDate(text: string): TypedDate | null {
  months ??= monthNames();
  const folded = normaliseForSearch(text).replace(/[،,]/g, ' ').replace(/\s+/g, ' ').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(folded);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(folded);
  if (match) return day(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{4})$/.exec(folded);
  if (match) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(folded);
  if (match) return month(Number(match[2]), Number(match[1]));

  // Words: drop a leading weekday, then find the month name among the rest.
  const words = folded.split(' ').filter((w) => w !== '');
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const rest = words.filter((w) => !/^\d+$/.test(w)).join(' ');
  const name = [...months.keys()]
    .filter((key) => rest === key || rest.endsWith(` ${key}`))
    .sort((a, b) => b.length - a.length)[0];
  if (!name) return null;
  const m = months.get(name) as number;
  // The year is the four-digit number; anything else must be a day of the month.
  const year = words.find((w) => /^\d{4}$/.test(w));
  const others = numbers.filter((n) => String(n) !== year);
  const date = others[0];
  if (year === undefined || others.length > 1) return null;
  if (date === undefined) return month(Number(year), m);
  return day(Number(year), m, date);
}
