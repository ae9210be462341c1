/**
 * A word of a text as the date grammar reads it: folded like normaliseForSearch, with its [start, end)
 * in the original text and the punctuation between it and the word before ('' when only white space).
 */
export interface DateToken {
  word: string;
  start: number;
  end: number;
  gap: string;
}

const LETTERS = new Map([
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ٲ', 'ا'],
  ['ٳ', 'ا'],
  ['ى', 'ي'],
  ['ی', 'ي'],
  ['ئ', 'ي'],
  ['ؤ', 'و'],
  ['ة', 'ه'],
  ['ک', 'ك'],
]);
// A run of letters, or a number that may hold a written date such as 27/10/2015 or 2015-10-27.
const WORD = /\p{L}+|\d+(?:[/.-]\d+)*/gu;

// Marks that belong to the word they follow and that folding drops: diacritics, tatweel and the lone
// hamza, so a span keeps the «ء» of «مساء». Code ranges, not a regular expression: this runs per character.
function isWordMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x0621
  );
}
const isBidiControl = (c: number) =>
  c === 0x200e ||
  c === 0x200f ||
  c === 0x061c ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/** Folds one character like normaliseForSearch: '' when dropped, else exactly one character. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? ' ' : ch;
  }
  if (isWordMark(c) || isBidiControl(c)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  const mapped = LETTERS.get(ch);
  if (mapped) return mapped;
  if (c >= 0x0600 && c <= 0x06ff) return ch;
  return /\s/.test(ch) ? ' ' : ch.toLowerCase().slice(0, 1) || ch;
}

/**
 * The words of `text` with their original offsets. Folding goes one character at a time (no NFC, which
 * would move offsets; a combining hamza is dropped like the diacritic it is), so spans stay exact.
 */
export function dateTokens(text: string): DateToken[] {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i] as string);
    if (ch === '') continue;
    chars.push(ch);
    origin.push(i);
  }
  const folded = chars.join('');
  const tokens: DateToken[] = [];
  let previousEnd = 0;
  for (const m of folded.matchAll(WORD)) {
    const last = m.index + m[0].length - 1;
    let end = (origin[last] as number) + 1;
    while (end < text.length && isWordMark(text.charCodeAt(end))) end++;
    tokens.push({
      word: m[0],
      start: origin[m.index] as number,
      end,
      gap: folded.slice(previousEnd, m.index).replace(/ /g, ''),
    });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/** Where folded letter `index` of a token starts in the original text (for a token whose clitic is left out). */
export function letterOffset(text: string, token: DateToken, index: number): number {
  let seen = 0;
  for (let i = token.start; i < token.end; i++) {
    if (foldChar(text[i] as string) === '') continue;
    if (seen === index) return i;
    seen++;
  }
  return token.end;
}
