import { addDays } from '../calendar-date.ts';
import type { Lang } from '../format-date.ts';
import type { ExportRow } from './export-rows.ts';
import { foldLine, icalDate, icalStamp, icalText } from './ical-text.ts';

/** A calendar and what it could not hold. */
export interface IcsExport {
  text: string;
  /** Events written to the calendar. */
  included: number;
  /** Events left out: no first or no last day (undated, or a range open at either end). */
  leftOut: number;
}

/** Options of eventsIcs. */
export interface IcsOptions {
  /** The export time, written as every event's DTSTAMP (a parameter so output is reproducible). */
  now: Date;
  /** Language of titles, names and places. Default en. */
  lang?: Lang;
  /** Words of the calendar's name and descriptions, from the message catalogue, in `lang`. */
  labels: IcsLabels;
}

/** The interface words a calendar carries. */
export interface IcsLabels {
  calendar: string;
  asWritten: string;
  date: string;
  participants: string;
}

// A planned event may not happen; an event already reported has.
const STATUS: Record<string, string> = { planned: 'TENTATIVE', occurred: 'CONFIRMED', ongoing: 'CONFIRMED' };

function description(row: ExportRow, lang: Lang, labels: IcsLabels): string {
  const people = row.participants.map((p) => `${p.name[lang]} (${p.role})`).join(', ');
  const lines = [
    row.asWritten ? `${labels.asWritten}: ${row.asWritten}` : null,
    `${labels.date}: ${row.precision}, ${row.certainty}`,
    people ? `${labels.participants}: ${people}` : null,
    ...row.evidence.map((e) => `«${e.quote}»`),
    ...row.articles.map((a) => [a.outlet[lang], a.published, a.url].filter(Boolean).join(', ')),
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}

function vevent(row: ExportRow, stamp: string, lang: Lang, labels: IcsLabels): string[] {
  const url = row.articles.find((a) => a.url)?.url;
  const first = row.articles[0]?.id ?? 'rasd';
  return [
    'BEGIN:VEVENT',
    // Stable across exports: the same event always replaces itself in a calendar that imported it before.
    `UID:${icalText(`${first}.${row.recordId}@rasd`)}`,
    `DTSTAMP:${stamp}`,
    // All-day: a DATE start and an exclusive DATE end, whether the precision is a day, a month or a range.
    `DTSTART;VALUE=DATE:${icalDate(row.start as string)}`,
    `DTEND;VALUE=DATE:${icalDate(addDays(row.end as string, 1))}`,
    `SUMMARY:${icalText(row.title[lang])}`,
    `DESCRIPTION:${icalText(description(row, lang, labels))}`,
    ...(row.place ? [`LOCATION:${icalText(row.place[lang])}`] : []),
    ...(url ? [`URL:${url}`] : []),
    `CATEGORIES:${icalText(row.type)}`,
    `STATUS:${STATUS[row.status] ?? 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The dated events as an iCalendar file (RFC 5545): CRLF lines folded at 75 octets, all-day events. */
export function eventsIcs(rows: readonly ExportRow[], options: IcsOptions): IcsExport {
  const lang = options.lang ?? 'en';
  const stamp = icalStamp(options.now);
  const dated = rows.filter((row) => row.start !== null && row.end !== null);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rasd//Rasd export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(options.labels.calendar)}`,
    ...dated.flatMap((row) => vevent(row, stamp, lang, options.labels)),
    'END:VCALENDAR',
  ];
  return { text: lines.map(foldLine).join(''), included: dated.length, leftOut: rows.length - dated.length };
}
