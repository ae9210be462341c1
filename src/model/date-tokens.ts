import { isWordMark } from './arabic-text.ts';
import { foldChar, foldWithOffsets } from './fold-text.ts';

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

// A run of letters, or a number that may hold a written date such as 27/10/2015 or 2015-10-27.
const WORD = /\p{L}+|\d+(?:[/.-]\d+)*/gu;

/**
 * The words of `text` with their original offsets. Folding goes one character at a time (no NFC, which
 * would move offsets; a combining hamza is dropped like the diacritic it is), so spans stay exact.
 */
export function dateTokens(text: string): DateToken[] {
  const { folded, start: origin } = foldWithOffsets(text);
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
