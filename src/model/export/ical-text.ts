const encoder = new TextEncoder();

/** A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and line breaks escaped. */
export function icalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets, each continuation
 * starting with a space; never inside a UTF-8 sequence (an Arabic letter is two octets) or between
 * the halves of a surrogate pair. Lines end in CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      parts.push(current);
      // The leading space of a continuation counts towards its 75.
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n')}\r\n`;
}

/** A date as an iCalendar DATE value: 2015-10-27 → 20151027. */
export const icalDate = (iso: string) => iso.replace(/-/g, '');

/** A moment as an iCalendar UTC DATE-TIME value: 20261201T021500Z. */
export const icalStamp = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
