/**
 * Text folded for matching, with the way back: `start[i]` is the offset in the original text of folded
 * character i, and `start[folded.length]` the original length. Folding is normaliseForSearch done one
 * character at a time (no NFC, which would move offsets), so a match in the folded text is reported as
 * an exact span of the article: the evidence quote must be the very characters of the paragraph.
 */
export interface FoldedText {
  folded: string;
  start: number[];
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

/**
 * Marks that belong to the character before them and that folding drops: diacritics, tatweel and the
 * lone hamza (so a span keeps the «ء» of «مساء»). Code ranges, not a regular expression: this runs per
 * character.
 */
export function isWordMark(c: number): boolean {
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

/** Folds one character like normaliseForSearch: '' when it is dropped, else exactly one character. */
export function foldChar(ch: string): string {
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

/** Folds `text` like normaliseForSearch (without trimming), keeping each folded character's origin. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i] as string);
    // Runs of white space fold to one space, as in normaliseForSearch.
    if (ch === '' || (ch === ' ' && folded.endsWith(' '))) continue;
    folded += ch;
    start.push(i);
  }
  start.push(text.length);
  return { folded, start };
}

/** The original span [from, to) of the folded span [a, b). */
export function originalSpan(text: FoldedText, a: number, b: number): { start: number; end: number } {
  const start = text.start[a] as number;
  // The end is just after the last folded character's origin, so dropped marks after it stay out.
  const end = b > a ? (text.start[b - 1] as number) + 1 : start;
  return { start, end };
}
