import { toWesternDigits } from '../arabic-text.ts';

/**
 * Text folded for matching, with the way back: `start[i]` is the offset in the original text of folded
 * character i, and `start[folded.length]` the original length. Folding is normaliseForSearch done one
 * character at a time, so that a match in the folded text can be reported as an exact span of the
 * article (the evidence quote must be the very characters of the paragraph).
 */
export interface FoldedText {
  folded: string;
  start: number[];
}

const DROPPED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u0621]/;
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

const folds = new Map<string, string>();

/** Folds one character: '' when it is dropped, else exactly one character (remembered: texts repeat them). */
function foldChar(ch: string): string {
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = foldOne(ch);
    folds.set(ch, folded);
  }
  return folded;
}

function foldOne(ch: string): string {
  if (DROPPED.test(ch)) return '';
  if (/\s/.test(ch)) return ' ';
  const mapped = LETTERS.get(ch);
  if (mapped) return mapped;
  return toWesternDigits(ch).toLowerCase().slice(0, 1) || ch;
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
