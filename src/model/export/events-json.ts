import type { ExportRow } from './export-rows.ts';

/** The events as JSON: an array of the rows (both languages' names), indented, ending in a newline. */
export function eventsJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
