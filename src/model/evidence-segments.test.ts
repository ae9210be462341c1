import { describe, expect, it } from 'vitest';
import { evidenceSegments, segmentsOf, spansByParagraph } from './evidence-segments.ts';

const span = (paragraph: number, start: number, end: number) => ({ paragraph, start, end, quote: '' });

it('cuts a paragraph at every span boundary and lists the events covering each piece', () => {
  const text = 'abcdefghij';
  const events = [
    { id: 'a', evidence: [span(0, 2, 6)] },
    { id: 'b', evidence: [span(0, 4, 8), span(1, 0, 3)] },
  ];
  expect(evidenceSegments(text, 0, events)).toEqual([
    { start: 0, end: 2, text: 'ab', eventIds: [] },
    { start: 2, end: 4, text: 'cd', eventIds: ['a'] },
    { start: 4, end: 6, text: 'ef', eventIds: ['a', 'b'] },
    { start: 6, end: 8, text: 'gh', eventIds: ['b'] },
    { start: 8, end: 10, text: 'ij', eventIds: [] },
  ]);
});

it('merges identical neighbours and ignores spans of other paragraphs or beyond the text', () => {
  const events = [
    { id: 'a', evidence: [span(0, 0, 3), span(0, 3, 5), span(0, 2, 99)] },
    { id: 'b', evidence: [span(1, 0, 2)] },
  ];
  expect(evidenceSegments('abcdef', 0, events)).toEqual([
    { start: 0, end: 5, text: 'abcde', eventIds: ['a'] },
    { start: 5, end: 6, text: 'f', eventIds: [] },
  ]);
});

it('returns the plain paragraph when nothing points into it', () => {
  expect(evidenceSegments('نص', 3, [])).toEqual([{ start: 0, end: 2, text: 'نص', eventIds: [] }]);
});

describe('spansByParagraph', () => {
  it('groups the spans into one article by paragraph, in the order of the events', () => {
    const events = [
      {
        id: 'a',
        evidence: [
          { paragraph: 2, start: 0, end: 4 },
          { paragraph: 0, start: 1, end: 3, article: 'x' },
        ],
      },
      { id: 'b', evidence: [{ paragraph: 2, start: 2, end: 6, article: 'y' }] },
      { id: 'c', evidence: [{ paragraph: 2, start: 5, end: 9 }] },
    ];
    expect([...spansByParagraph(events, 'x')]).toEqual([
      [
        2,
        [
          { id: 'a', start: 0, end: 4 },
          { id: 'c', start: 5, end: 9 },
        ],
      ],
      [0, [{ id: 'a', start: 1, end: 3 }]],
    ]);
    expect(
      spansByParagraph(events)
        .get(2)
        ?.map((s) => s.id),
    ).toEqual(['a', 'b', 'c']);
    expect(segmentsOf('0123456789', spansByParagraph(events, 'x').get(2) ?? [])).toEqual(
      evidenceSegments('0123456789', 2, events, 'x'),
    );
  });
});
