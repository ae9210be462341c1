/** What a file holds, for its name. */
export type ExportKind = 'events' | 'records' | 'calendar' | 'graph' | 'timeline';

/** A download's name: rasd-events-2026-12-01.csv, from the export day (UTC) and the file's extension. */
export function exportFileName(kind: ExportKind, now: Date, extension: string): string {
  return `rasd-${kind}-${now.toISOString().slice(0, 10)}.${extension}`;
}
