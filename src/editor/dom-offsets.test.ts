// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { domPointAt, rangeOfSelection, textOffset } from './dom-offsets.ts';

function paragraphs() {
  document.body.innerHTML =
    '<p data-paragraph="0">قال <mark>الوزير إن</mark> الاتصال</p><p data-paragraph="1">second <b>one</b></p>';
  return [...document.querySelectorAll('p')] as HTMLElement[];
}

describe('DOM positions to paragraph offsets', () => {
  it('counts the text before a position through the highlights', () => {
    const [p0] = paragraphs();
    if (!p0) throw new Error('no paragraph');
    const mark = p0.querySelector('mark') as HTMLElement;
    const inMark = mark.firstChild as Text;
    expect(textOffset(p0, inMark, 3)).toBe(7);
    expect(textOffset(p0, p0.lastChild as Text, 1)).toBe(14);
    // Between children: after the mark element.
    expect(textOffset(p0, p0, 2)).toBe(13);
    expect(textOffset(p0, p0, 3)).toBe(p0.textContent?.length);
  });

  it('gives the selected range within one paragraph, and null across two', () => {
    const [p0, p1] = paragraphs();
    if (!p0 || !p1) throw new Error('no paragraph');
    const selection = window.getSelection() as Selection;
    const mark = p0.querySelector('mark') as HTMLElement;
    // Selected backwards, from inside the mark to the first text node.
    selection.setBaseAndExtent(mark.firstChild as Text, 6, p0.firstChild as Text, 1);
    expect(rangeOfSelection(selection)).toEqual({ paragraph: 0, start: 1, end: 10 });
    selection.setBaseAndExtent(
      p1.querySelector('b')?.firstChild as Text,
      0,
      p1.querySelector('b')?.firstChild as Text,
      3,
    );
    expect(rangeOfSelection(selection)).toEqual({ paragraph: 1, start: 7, end: 10 });
    selection.setBaseAndExtent(p0.firstChild as Text, 0, p1.firstChild as Text, 2);
    expect(rangeOfSelection(selection)).toBeNull();
    selection.collapse(p0.firstChild as Text, 2);
    expect(rangeOfSelection(selection)).toBeNull();
  });
});

describe('paragraph offsets to DOM positions', () => {
  it('finds the text node and offset, and goes back to the same offset', () => {
    const [p0] = paragraphs();
    if (!p0) throw new Error('no paragraph');
    const mark = p0.querySelector('mark') as HTMLElement;
    expect(domPointAt(p0, 0)).toEqual({ node: p0.firstChild, offset: 0 });
    expect(domPointAt(p0, 4)).toEqual({ node: mark.firstChild, offset: 0 });
    expect(domPointAt(p0, 7)).toEqual({ node: mark.firstChild, offset: 3 });
    const end = p0.textContent?.length ?? 0;
    expect(domPointAt(p0, end)).toEqual({ node: p0.lastChild, offset: 8 });
    for (const offset of [0, 3, 4, 12, 13, end]) {
      const point = domPointAt(p0, offset);
      expect(textOffset(p0, point.node, point.offset)).toBe(offset);
    }
  });
});
