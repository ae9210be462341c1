import { EXPORT_STRINGS } from '../i18n/export-strings.ts';
import { alignEntityIds } from '../model/align-entities.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import { buildCorpus } from '../model/build-corpus.ts';
import { eventsCsv } from '../model/export/events-csv.ts';
import { eventsIcs } from '../model/export/events-ics.ts';
import { eventsJson } from '../model/export/events-json.ts';
import { exportRows } from '../model/export/export-rows.ts';
import { escapeControls } from './terminal-text.ts';

/** One resolved event as the `events` table prints it. */
export interface EventRow {
  id: string;
  article: string;
  /** Every article that reports it, earliest first. */
  articles?: readonly string[];
  type: string;
  start: string | null;
  end: string | null;
  precision: string;
  certainty: string;
  status: string;
  asWritten: string | null;
  participants: { id: string; name: string; role: string }[];
  evidence: string[];
}

export const FORMATS = ['table', 'json', 'csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

/** The events of the records, in time order, with participants' English names. */
export function eventRows(records: ArticleRecord[]): EventRow[] {
  const corpus = buildCorpus(alignEntityIds(records));
  return corpus.events.map((e) => ({
    id: e.id,
    article: e.articleId,
    articles: e.articles,
    type: e.type,
    start: e.when.start,
    end: e.when.end,
    precision: e.when.precision,
    certainty: e.when.certainty,
    status: e.status,
    asWritten: e.when.text,
    participants: e.participants.map((p) => ({
      id: p.entity,
      name: corpus.entities.get(p.entity)?.name.en ?? p.entity,
      role: p.role,
    })),
    // Records read from files keep their quotes (only the app's bundled shards leave them out).
    evidence: e.evidence.map((s) => s.quote ?? ''),
  }));
}

const people = (row: EventRow) => row.participants.map((p) => `${p.id} (${p.name}, ${p.role})`).join('; ');

const COLUMNS = [
  'id',
  'type',
  'start',
  'end',
  'precision',
  'certainty',
  'status',
  'participants',
  'articles',
  'evidence',
];

function cells(row: EventRow): string[] {
  return [
    row.id,
    row.type,
    row.start ?? 'open',
    row.end ?? 'open',
    row.precision,
    row.certainty,
    row.status,
    people(row),
    (row.articles ?? [row.article]).join(', '),
    row.evidence.join(' … '),
  ];
}

/** The rows as a table for a terminal: every column but the last padded, controls escaped. */
export function formatTable(rows: EventRow[]): string {
  const lines = [COLUMNS, ...rows.map((row) => cells(row).map(escapeControls))];
  const widths = COLUMNS.map((_, i) => lines.reduce((w, l) => Math.max(w, (l[i] as string).length), 0));
  return `${lines
    .map((l) => l.map((cell, i) => (i < l.length - 1 ? cell.padEnd(widths[i] as number) : cell)).join('  '))
    .join('\n')}\n`;
}

/**
 * The records' events in a format: a table, or the app's own export (src/model/export) in English.
 * `now` stamps the calendar. A note says what a calendar left out, for stderr.
 */
export function formatEvents(
  records: ArticleRecord[],
  format: Format,
  now: Date,
): { text: string; note: string | null } {
  if (format === 'table') return { text: formatTable(eventRows(records)), note: null };
  const corpus = buildCorpus(alignEntityIds(records));
  const rows = exportRows(corpus.events, corpus);
  if (format === 'csv') return { text: eventsCsv(rows, 'en'), note: null };
  if (format === 'json') return { text: eventsJson(rows), note: null };
  const strings = EXPORT_STRINGS.en;
  const calendar = eventsIcs(rows, { now, lang: 'en', labels: strings.ics });
  return { text: calendar.text, note: calendar.leftOut > 0 ? strings.leftOut(calendar.leftOut) : null };
}
