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

  it('moves forward with the left arrow in Arabic, extends with Shift, collapses without', () => {
    const caret = { paragraph: 0, anchor: 0, focus: 0 };
    const one = moveSelection(caret, text, words, { key: 'ArrowLeft', shift: true }, 'rtl');
    expect(one).toEqual({ paragraph: 0, anchor: 0, focus: 3 });
    const two = moveSelection(one ?? caret, text, words, { key: 'ArrowLeft', shift: true }, 'rtl');
    expect(two).toEqual({ paragraph: 0, anchor: 0, focus: 10 });
    const back = moveSelection(two ?? caret, text, words, { key: 'ArrowRight', shift: true }, 'rtl');
    expect(back).toEqual({ paragraph: 0, anchor: 0, focus: 4 });
    expect(moveSelection(two ?? caret, text, words, { key: 'ArrowRight', shift: false }, 'rtl')).toEqual({
      paragraph: 0,
      anchor: 4,
      focus: 4,
    });
    expect(moveSelection(caret, text, words, { key: 'End', shift: true }, 'rtl')).toEqual({
      paragraph: 0,
      anchor: 0,
      focus: text.length,
    });
    expect(moveSelection(caret, text, words, { key: 'ArrowRight', shift: true }, 'ltr')).toEqual({
      paragraph: 0,
      anchor: 0,
      focus: 3,
    });
    expect(moveSelection(caret, text, words, { key: 'a', shift: false }, 'rtl')).toBeNull();
  });
});
