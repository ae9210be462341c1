// A spreadsheet reads a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell's text made inert for spreadsheets: a leading formula character gets an apostrophe. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as RFC 4180 writes it: inert, and quoted when it holds a quote, comma or line break. */
export function csvCell(text: string): string {
  const value = inertCell(text);
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Lines of cells as CSV text, each line ended by CRLF. */
export function csvLines(lines: readonly (readonly string[])[]): string {
  return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
