import { normaliseForSearch } from './arabic-text.ts';
import { withRoom } from './typed-arrays.ts';

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

// The same folds by UTF-16 code unit, for the loop below (no string made per character).
const codeFolds = new Map<number, CharFold>();
function foldCode(code: number): CharFold {
  let fold = codeFolds.get(code);
  if (!fold) {
    fold = foldChar(String.fromCharCode(code));
    codeFolds.set(code, fold);
  }
  return fold;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Folds like foldForSearch while recording where each folded character came from. Written into typed
 * arrays by code unit: the first query or person marked in an article folds all its paragraphs, and a
 * string grown character by character made that a quarter of a filter change's time.
 */
export function foldWithMap(value: string): FoldedText {
  let room = value.length + 16;
  let codes = new Uint16Array(room);
  let starts = new Int32Array(room);
  let ends = new Int32Array(room);
  let n = 0;
  const put = (code: number, start: number, end: number) => {
    if (n === room) {
      room *= 2;
      codes = withRoom(codes, room);
      starts = withRoom(starts, room);
      ends = withRoom(ends, room);
    }
    codes[n] = code;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  let pendingSpace = -1;
  for (let at = 0; at < value.length; ) {
    const code = value.charCodeAt(at);
    const pair = isHigh(code) && isLow(value.charCodeAt(at + 1));
    const offset = at + (pair ? 2 : 1);
    const fold = pair ? foldChar(value.slice(at, offset)) : foldCode(code);
    if (fold.kind === 'space') {
      if (pendingSpace < 0 && n > 0) pendingSpace = at;
    } else if (fold.kind === 'attach') {
      if (pendingSpace < 0 && n > 0) ends[n - 1] = offset;
    } else if (fold.kind === 'keep') {
      if (pendingSpace >= 0) {
        put(0x20, pendingSpace, at);
        pendingSpace = -1;
      }
      for (let k = 0; k < fold.out.length; k++) put(fold.out.charCodeAt(k), at, offset);
    }
    at = offset;
  }
  let text = '';
  for (let from = 0; from < n; from += 4096) {
    text += String.fromCharCode(...codes.subarray(from, Math.min(n, from + 4096)));
  }
  return { text, starts: starts.slice(0, n), ends: ends.slice(0, n) };
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
