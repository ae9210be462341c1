import type { ArticleRecord } from '../model/article-schema.ts';
import { buildCorpus } from '../model/corpus.ts';
import { escapeControls, inertCell } from './terminal-text.ts';

/** One resolved event as the `events` command prints it. */
export interface EventRow {
  id: string;
  article: string;
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

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** The events of the records, in time order, with participants' English names. */
export function eventRows(records: ArticleRecord[]): EventRow[] {
  const corpus = buildCorpus(records);
  return corpus.events.map((e) => ({
    id: e.id,
    article: e.articleId,
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

function csvCell(text: string): string {
  const value = inertCell(text);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const COLUMNS = [
  'id',
  'type',
  'start',
  'end',
  'precision',
  'certainty',
  'status',
  'participants',
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
    row.evidence.join(' … '),
  ];
}

/** Renders the rows in one of the formats; tables pad every column but the last. */
export function formatRows(rows: EventRow[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') {
    return `${[COLUMNS, ...rows.map(cells)].map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
  const lines = [COLUMNS, ...rows.map((row) => cells(row).map(escapeControls))];
  const widths = COLUMNS.map((_, i) => lines.reduce((w, l) => Math.max(w, (l[i] as string).length), 0));
  return `${lines
    .map((l) => l.map((cell, i) => (i < l.length - 1 ? cell.padEnd(widths[i] as number) : cell)).join('  '))
    .join('\n')}\n`;
}
