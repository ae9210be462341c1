import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { normaliseForSearch } from './arabic-text.ts';
import { findMatches, foldForSearch, foldWithMap, queryWords, searchWords } from './search-text.ts';

const paragraphs = seedJson().paragraphs;
const p = (i: number) => paragraphs[i] ?? '';
const spans = (text: string, query: string) => findMatches(text, query).map(([s, e]) => text.slice(s, e));

describe('findMatches on the seed', () => {
  it('finds "سيرغى" in paragraph 1 when the reader types "سيرغي"', () => {
    expect(findMatches(p(1), 'سيرغي')).toEqual([[25, 30]]);
    expect(spans(p(1), 'سيرغي')).toEqual(['سيرغى']);
  });

  it('finds "سيرغي" in paragraph 16 when the reader types "سيرغى"', () => {
    expect(findMatches(p(16), 'سيرغى')).toEqual([[29, 34]]);
  });

  it('marks every occurrence of a word', () => {
    expect(findMatches(p(21), 'لافروف')).toEqual([
      [46, 52],
      [261, 267],
    ]);
  });

  it('marks each word of a multi-word query, wherever it is', () => {
    expect(findMatches(p(1), 'سيرغي لافروف')).toEqual([
      [25, 30],
      [31, 37],
    ]);
    expect(findMatches(p(21), 'كيري ظريف')).toEqual([
      [54, 58],
      [284, 288],
    ]);
    expect(spans(p(21), 'كيري ظريف')).toEqual(['ظريف', 'كيري']);
  });

  it('needs every word: one missing word means no match at all', () => {
    expect(findMatches(p(21), 'ظريف ماكي')).toEqual([]);
  });

  it('folds hamza seats: "اردوغان" finds "أردوغان"', () => {
    expect(findMatches(p(21), 'اردوغان')).toEqual([[314, 321]]);
  });

  it('matches Arabic-Indic digits against Western ones', () => {
    expect(findMatches(p(5), '٣')).toEqual([[259, 260]]);
    expect(spans(p(5), '٣ سنوات')).toEqual(['3', 'سنوات']);
  });
});

describe('findMatches normalisation classes', () => {
  it.each([
    ['أ', 'أحمد', 'احمد', [[0, 4]]],
    ['إ', 'إيران', 'ايران', [[0, 5]]],
    ['آ', 'آل سعود', 'ال', [[0, 2]]],
    ['ٱ', 'في ٱلقاهرة', 'القاهره', [[3, 10]]],
    ['ى → ي', 'سيرغى', 'سيرغي', [[0, 5]]],
    ['ي → ى', 'سيرغي', 'سيرغى', [[0, 5]]],
    ['ة → ه', 'في سورية', 'سوريه', [[3, 8]]],
    ['ه → ة', 'في سوريه', 'سورية', [[3, 8]]],
    ['Arabic-Indic digits in the text', 'عام ٢٠١٥', '2015', [[4, 8]]],
    ['Arabic-Indic digits in the query', 'عام 2015', '٢٠١٥', [[4, 8]]],
    ['Latin case', 'Sergey LAVROV', 'lavrov', [[7, 13]]],
    ['Latin accents', 'Recep Tayyip Erdoğan', 'erdogan', [[13, 20]]],
  ])('%s', (_name, text, query, expected) => {
    expect(findMatches(text, query)).toEqual(expected);
  });

  it('an undiacritised query matches diacritised text, marks included', () => {
    expect(findMatches('قال وَزِيرُ الخَارِجِيَّةِ', 'وزير الخارجية')).toEqual([
      [4, 11],
      [12, 26],
    ]);
  });

  it('a diacritised query matches undiacritised text', () => {
    expect(findMatches('قال وزير الخارجية', 'وَزِيرُ')).toEqual([[4, 8]]);
  });

  it('spans tatweel inside a match but does not add it at the edges', () => {
    expect(findMatches('لافـــروف', 'افر')).toEqual([[1, 7]]);
    expect(findMatches('لافـــروف', 'لاف')).toEqual([[0, 3]]);
  });

  it('keeps a lone hamza with the word it ends', () => {
    expect(findMatches('يوم الثلاثاء', 'الثلاثاء')).toEqual([[4, 12]]);
  });

  it('steps over bidi controls', () => {
    expect(findMatches('\u202Bلاف\u200Fروف\u202C', 'لافروف')).toEqual([[1, 8]]);
  });

  it('merges overlapping or touching occurrences', () => {
    expect(findMatches('لافروف', 'لاف روف')).toEqual([[0, 6]]);
    expect(findMatches('لافروف', 'لافروف افر')).toEqual([[0, 6]]);
  });

  it('returns [] for an empty, blank or punctuation-only query', () => {
    expect(findMatches(p(1), '')).toEqual([]);
    expect(findMatches(p(1), '   ')).toEqual([]);
    expect(findMatches(p(1), '«»،')).toEqual([]);
    expect(findMatches(p(1), 'ـــ')).toEqual([]);
  });
});

describe('foldWithMap', () => {
  it('collapses and trims whitespace, each space standing for its whole run', () => {
    expect(foldWithMap('  a \t b ')).toEqual({
      text: 'a b',
      starts: Int32Array.from([2, 3, 6]),
      ends: Int32Array.from([3, 6, 7]),
    });
  });

  it('attaches diacritics to the letter before them', () => {
    expect(foldWithMap('بَب')).toEqual({
      text: 'بب',
      starts: Int32Array.from([0, 2]),
      ends: Int32Array.from([2, 3]),
    });
  });

  it('keeps a character beyond the BMP whole, and maps a decomposed one to its source', () => {
    expect(foldWithMap('😀x')).toEqual({
      text: '😀x',
      starts: Int32Array.from([0, 0, 2]),
      ends: Int32Array.from([2, 2, 3]),
    });
    // Hangul syllables decompose into two or three letters each: more text than came in.
    const korean = '한국'.repeat(20);
    const folded = foldWithMap(korean);
    expect(folded.text).toBe(foldForSearch(korean));
    expect(folded.text).toHaveLength(120);
    expect([...folded.starts.slice(0, 6)]).toEqual([0, 0, 0, 1, 1, 1]);
    expect([...folded.ends.slice(114)]).toEqual([39, 39, 39, 40, 40, 40]);
  });

  it('folds exactly as foldForSearch does', () => {
    for (const text of [...paragraphs, ' ءادم\u200C  ٱلْ ـ Ünïcode  ', 'e\u0301t\u00E9']) {
      expect(foldWithMap(text).text).toBe(foldForSearch(text));
    }
  });
});

describe('foldForSearch and queryWords', () => {
  it('agrees with normaliseForSearch on Arabic text', () => {
    for (const text of paragraphs) expect(foldForSearch(text)).toBe(normaliseForSearch(text));
  });

  it('also drops Latin accents and invisible format characters', () => {
    expect(foldForSearch('Erdoğan')).toBe('erdogan');
    expect(foldForSearch('عبد\u200Cالله')).toBe('عبدالله');
  });

  it('splits queries at punctuation, folds and de-duplicates words', () => {
    expect(queryWords('  Lavrov–Kerry, LAVROV «سيرغى» ')).toEqual(['lavrov', 'kerry', 'سيرغي']);
    expect(queryWords('')).toEqual([]);
    expect(searchWords('Boutros Boutros-Ghali')).toEqual(['boutros', 'boutros', 'ghali']);
  });
});

describe('findMatches on a text folded once', () => {
  it('finds the same ranges as on the text itself', () => {
    const text = 'وأكد لافروف أن موسكو تعتبر لقاء فيينا خطوة مهمة، وقال لافروف: نعم.';
    const folded = foldWithMap(text);
    expect(findMatches(folded, 'لافروف')).toEqual(findMatches(text, 'لافروف'));
    expect(findMatches(folded, 'لافروف')).toEqual([
      [5, 11],
      [54, 60],
    ]);
    expect(findMatches(folded, 'فيينا كيري')).toEqual([]);
  });
});
