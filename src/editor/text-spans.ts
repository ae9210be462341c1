import type { EvidenceRecord } from '../model/article-schema.ts';

/** A stretch of one paragraph, in UTF-16 offsets: what the reader selected. */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

const SPACE = /\s/;

/**
 * The evidence span for a selection of paragraph `range.paragraph`: ends in either order, clamped to
 * the paragraph, surrounding white space left out (a double click takes the space after a word). Null
 * when nothing but space is left or the paragraph does not exist.
 */
export function evidenceOf(paragraphs: readonly string[], range: TextRange): EvidenceRecord | null {
  const text = paragraphs[range.paragraph];
  if (text === undefined) return null;
  let start = Math.max(0, Math.min(range.start, range.end, text.length));
  let end = Math.min(text.length, Math.max(range.start, range.end, 0));
  while (start < end && SPACE.test(text[start] as string)) start++;
  while (end > start && SPACE.test(text[end - 1] as string)) end--;
  if (end <= start) return null;
  return { paragraph: range.paragraph, start, end, quote: text.slice(start, end) };
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The words of `text` (letters and digits, not spaces or punctuation) as [start, end) offsets. */
export function wordsOf(text: string, lang = 'ar'): [number, number][] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const words: [number, number][] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) words.push([s.index, s.index + s.segment.length]);
  }
  return words;
}

/** The end of the first word that ends after `offset`, or the paragraph's end. */
export function nextWordEnd(words: readonly [number, number][], offset: number, length: number): number {
  return words.find(([, end]) => end > offset)?.[1] ?? length;
}

/** The start of the last word that starts before `offset`, or 0. */
export function previousWordStart(words: readonly [number, number][], offset: number): number {
  return words.findLast(([start]) => start < offset)?.[0] ?? 0;
}
