import { foldCode } from './arabic-text.ts';

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

/** Folds one character like normaliseForSearch: '' when it is dropped, else exactly one character. */
export function foldChar(ch: string): string {
  return foldCode(ch.charCodeAt(0)) ?? (ch.toLowerCase().slice(0, 1) || ch);
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
