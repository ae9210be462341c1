import { normaliseForSearch } from './arabic-text.ts';

/** A half-open range [start, end) of UTF-16 offsets into the original string. */
export type TextRange = [start: number, end: number];

/** A folded string and, for each of its characters, the span of the original that produced it. */
export interface FoldedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

// normaliseForSearch leaves Latin accents and invisible format characters (ZWNJ, soft hyphen) in
// place; search folds them too so "Erdogan" finds "Erdoğan" and text pasted from the web still matches.
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
const SPACE = /\s/u;

// Once normaliseForSearch has run, Latin-1 and the Arabic block hold nothing NFD would change and no mark
// or format character, except the few left out here; text made only of the rest skips the second pass,
// which is most of the corpus and over a third of the folding time.
const NEEDS_SECOND_PASS =
  /[^\u0020-\u00ac\u00ae-\u00bf\u0606-\u06bf\u06c1\u06c3-\u06d2\u06d4-\u06dc\u06de-\u06ff\u2010-\u2027\u2030-\u205e]/;

/** The search form of a string: normaliseForSearch, then Latin accents and format characters dropped. */
export function foldForSearch(value: string): string {
  const normalised = normaliseForSearch(value);
  if (!NEEDS_SECOND_PASS.test(normalised)) return normalised;
  return normalised.normalize('NFD').replace(MARKS_AND_FORMAT, '').replace(/ {2,}/g, ' ').trim();
}

/** The folded words of a text in order, repeats kept; anything but letters and digits separates them. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(WORD_BREAK)
    .filter((w) => w !== '');
}

/** The distinct folded words of a query, in order. Empty for a blank query. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))];
}

type CharFold = { kind: 'keep'; out: string } | { kind: 'space' | 'attach' | 'drop' };
const charFolds = new Map<string, CharFold>();

// Folding one character at a time with the same normaliser keeps the offset map and foldForSearch
// in agreement without a second copy of the letter table.
function foldChar(ch: string): CharFold {
  let fold = charFolds.get(ch);
  if (fold) return fold;
  const out = foldForSearch(ch);
  if (out !== '') fold = { kind: 'keep', out };
  else if (SPACE.test(ch)) fold = { kind: 'space' };
  // Marks and the lone hamza are part of the letter they follow, so a highlight takes them along;
  // tatweel and invisible controls are only covered when they fall inside a match.
  else if (ch === 'ء' || /\p{M}/u.test(ch)) fold = { kind: 'attach' };
  else fold = { kind: 'drop' };
  charFolds.set(ch, fold);
  return fold;
}

/** Folds like foldForSearch while recording where each folded character came from. */
export function foldWithMap(value: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  let offset = 0;
  for (const ch of value) {
    const at = offset;
    offset += ch.length;
    const fold = foldChar(ch);
    if (fold.kind === 'space') {
      if (pendingSpace < 0 && text !== '') pendingSpace = at;
    } else if (fold.kind === 'attach') {
      if (pendingSpace < 0 && text !== '') ends[ends.length - 1] = offset;
    } else if (fold.kind === 'keep') {
      if (pendingSpace >= 0) {
        text += ' ';
        starts.push(pendingSpace);
        ends.push(at);
        pendingSpace = -1;
      }
      for (const out of fold.out) {
        text += out;
        starts.push(at);
        ends.push(offset);
      }
    }
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Where the query occurs in `text`, as sorted, merged ranges of the original string. Every query word
 * must occur somewhere (else []); each occurrence of each word is marked. Empty query → []. `text` may be
 * given already folded (foldWithMap), for a text searched again and again.
 */
export function findMatches(text: string | FoldedText, query: string): TextRange[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const folded = typeof text === 'string' ? foldWithMap(text) : text;
  const ranges: TextRange[] = [];
  for (const word of words) {
    let at = folded.text.indexOf(word);
    if (at < 0) return [];
    while (at >= 0) {
      ranges.push([folded.starts[at] ?? 0, folded.ends[at + word.length - 1] ?? 0]);
      at = folded.text.indexOf(word, at + word.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
