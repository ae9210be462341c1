/** A calendar day written YYYY-MM-DD. Days are handled as UTC midnights so no zone can shift them. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Date.UTC, except that years 0–99 stay years 0–99 (Date.UTC reads them as 1900–1999). */
function utc(year: number, monthIndex: number, day: number): number {
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The UTC midnight that starts the given day. */
export function dayStart(date: IsoDate): Date {
  return new Date(dayStartMs(date));
}

/** The UTC midnight that starts the given day, in ms since the epoch. */
export function dayStartMs(date: IsoDate): number {
  // Fixed positions (YYYY-MM-DD): no arrays, as a large corpus converts hundreds of thousands of days.
  return utc(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The UTC midnight that ends the given day (the start of the next one). */
export function dayEnd(date: IsoDate): Date {
  return new Date(dayStart(date).getTime() + MS_PER_DAY);
}

/** Formats a Date's UTC day as YYYY-MM-DD. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(dayStart(date).getTime() + days * MS_PER_DAY));
}

/** The same day `years` later (29 February falls back to 28 February). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const start = dayStart(date);
  const y = start.getUTCFullYear() + years;
  const m = start.getUTCMonth();
  const lastDay = new Date(utc(y, m + 1, 0)).getUTCDate();
  return toIsoDate(new Date(utc(y, m, Math.min(start.getUTCDate(), lastDay))));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return dayStart(date).getUTCDay();
}

/** First and last day of the month that holds `date`. */
export function monthBounds(date: IsoDate): [IsoDate, IsoDate] {
  const start = dayStart(date);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  return [toIsoDate(new Date(utc(y, m, 1))), toIsoDate(new Date(utc(y, m + 1, 0)))];
}

/** First and last day of the year that holds `date`. */
export function yearBounds(date: IsoDate): [IsoDate, IsoDate] {
  const y = date.slice(0, 4);
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((dayStart(b).getTime() - dayStart(a).getTime()) / MS_PER_DAY);
}

/** True for a string written YYYY-MM-DD that names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(utc(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
