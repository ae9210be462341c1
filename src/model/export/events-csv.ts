import type { Lang } from '../format-date.ts';
import { csvLines } from './csv-cell.ts';
import type { ExportRow } from './export-rows.ts';

// Spreadsheet programs read a file without it as the system's legacy code page, garbling Arabic.
const BOM = '\uFEFF';

/** The header line: machine names, the same in every interface language, so scripts can rely on them. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'type',
  'start',
  'end',
  'precision',
  'certainty',
  'status',
  'date_as_written',
  'participants',
  'place',
  'articles',
  'evidence',
] as const;

const participants = (row: ExportRow, lang: Lang) =>
  row.participants.map((p) => `${p.id} (${p.name[lang]}, ${p.role})`).join('; ');

const articles = (row: ExportRow, lang: Lang) =>
  row.articles
    .map((a) => `${a.id} (${[a.outlet[lang], a.published, a.url].filter(Boolean).join(', ')})`)
    .join('; ');

// An event several articles report keeps each quote's article in front of it, so none is misattributed.
const evidence = (row: ExportRow) =>
  row.evidence.map((e) => (row.articles.length > 1 ? `[${e.article}] ${e.quote}` : e.quote)).join(' … ');

/** One row's cells, in CSV_COLUMNS order; open ends of a range are written "open". */
export function csvCells(row: ExportRow, lang: Lang): string[] {
  return [
    row.id,
    row.title[lang],
    row.type,
    row.start ?? 'open',
    row.end ?? 'open',
    row.precision,
    row.certainty,
    row.status,
    row.asWritten ?? '',
    participants(row, lang),
    row.place?.[lang] ?? '',
    articles(row, lang),
    evidence(row),
  ];
}

/** The events as CSV: UTF-8 with a byte-order mark, one line per event, names in `lang` (default en). */
export function eventsCsv(rows: readonly ExportRow[], lang: Lang = 'en'): string {
  return BOM + csvLines([CSV_COLUMNS, ...rows.map((row) => csvCells(row, lang))]);
}
