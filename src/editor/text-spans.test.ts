import { describe, expect, it } from 'vitest';
import { moveSelection } from './keyboard-selection.ts';
import { evidenceOf, nextWordEnd, previousWordStart, wordsOf } from './text-spans.ts';

const PARAGRAPHS = ['قال الوزير، إن الاتصال تم أمس.', ' Talks in Cairo '];

describe('evidenceOf', () => {
  it('takes the exact slice, in either order, without the spaces around it', () => {
    expect(evidenceOf(PARAGRAPHS, { paragraph: 0, start: 12, end: 3 })).toEqual({
      paragraph: 0,
      start: 4,
      end: 11,
      quote: 'الوزير،',
    });
    expect(evidenceOf(PARAGRAPHS, { paragraph: 1, start: 0, end: 99 })).toEqual({
      paragraph: 1,
      start: 1,
      end: 15,
      quote: 'Talks in Cairo',
    });
  });

  it('is null for space alone or a paragraph that does not exist', () => {
    expect(evidenceOf(PARAGRAPHS, { paragraph: 1, start: 0, end: 1 })).toBeNull();
    expect(evidenceOf(PARAGRAPHS, { paragraph: 2, start: 0, end: 3 })).toBeNull();
  });

  it('counts UTF-16 units: a character outside the BMP is two', () => {
    expect(evidenceOf(['a 😀 b'], { paragraph: 0, start: 2, end: 4 })).toEqual({
      paragraph: 0,
      start: 2,
      end: 4,
      quote: '😀',
    });
  });
});

describe('word steps', () => {
  const text = PARAGRAPHS[0] as string;
  const words = wordsOf(text);

  it('finds the words, not the spaces or the punctuation', () => {
    expect(words.map(([s, e]) => text.slice(s, e))).toEqual(['قال', 'الوزير', 'إن', 'الاتصال', 'تم', 'أمس']);
    expect(nextWordEnd(words, 0, text.length)).toBe(3);
    expect(nextWordEnd(words, 3, text.length)).toBe(10);
    expect(nextWordEnd(words, 29, text.length)).toBe(text.length);
    expect(previousWordStart(words, 10)).toBe(4);
    expect(previousWordStart(words, 4)).toBe(0);
    expect(previousWordStart(words, 0)).toBe(0);
  });

  it('selects word by word with the arrows, forward being left in Arabic', () => {
    const caret = { paragraph: 0, anchor: 0, focus: 0 };
    const key = (key: string, shift = false) => ({ key, shift });
    const first = moveSelection(caret, text, words, key('ArrowLeft'), 'rtl');
    expect(first).toEqual({ paragraph: 0, anchor: 0, focus: 3 });
    const second = moveSelection(first ?? caret, text, words, key('ArrowLeft'), 'rtl');
    expect(second).toEqual({ paragraph: 0, anchor: 4, focus: 10 });
    const back = moveSelection(second ?? caret, text, words, key('ArrowRight'), 'rtl');
    expect(back).toEqual({ paragraph: 0, anchor: 3, focus: 0 });
    // Selected backwards, Shift with the same arrow grows it backwards.
    const end = { paragraph: 0, anchor: 30, focus: 30 };
    const lastWord = moveSelection(end, text, words, key('ArrowRight'), 'rtl');
    expect(lastWord).toEqual({ paragraph: 0, anchor: 29, focus: 26 });
    expect(moveSelection(lastWord ?? end, text, words, key('ArrowRight', true), 'rtl')).toEqual({
      paragraph: 0,
      anchor: 29,
      focus: 23,
    });
    // At the last word, forward stays.
    const last = { paragraph: 0, anchor: 26, focus: 29 };
    expect(moveSelection(last, text, words, key('ArrowLeft'), 'rtl')).toEqual(last);
    expect(moveSelection(caret, text, words, key('ArrowRight'), 'ltr')).toEqual({
      paragraph: 0,
      anchor: 0,
      focus: 3,
    });
  });

  it('grows and shrinks the selection a word at a time with Shift', () => {
    const word = { paragraph: 0, anchor: 4, focus: 10 };
    const key = (key: string) => ({ key, shift: true });
    const grown = moveSelection(word, text, words, key('ArrowLeft'), 'rtl');
    expect(grown).toEqual({ paragraph: 0, anchor: 4, focus: 14 });
    expect(moveSelection(grown ?? word, text, words, key('ArrowRight'), 'rtl')).toEqual({
      paragraph: 0,
      anchor: 4,
      focus: 12,
    });
    expect(moveSelection(word, text, words, key('End'), 'rtl')).toEqual({
      paragraph: 0,
      anchor: 4,
      focus: 30,
    });
    expect(moveSelection(word, text, words, key('Home'), 'rtl')).toEqual({
      paragraph: 0,
      anchor: 4,
      focus: 0,
    });
    expect(moveSelection(word, text, words, { key: 'a', shift: false }, 'rtl')).toBeNull();
  });
});
