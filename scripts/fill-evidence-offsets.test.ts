import { describe, expect, it } from 'vitest';
import { fillEvidenceOffsets } from './fill-evidence-offsets.ts';

const paragraphs = ['استقبل الرئيس الوزير اليوم', 'وقال الوزير إن الوزير سيعود'];
const span = (paragraph: number, start: number, end: number, quote: string) => ({
  paragraph,
  start,
  end,
  quote,
});

describe('fillEvidenceOffsets', () => {
  it('keeps spans that fit, places quotes in their paragraph, then anywhere, and reports the rest', () => {
    const record = {
      paragraphs,
      events: [
        { id: 'fits', evidence: [span(0, 0, 6, 'استقبل')] },
        { id: 'own', evidence: [span(1, 0, 0, 'سيعود')] },
        { id: 'elsewhere', evidence: [span(1, 0, 0, 'الرئيس')] },
        { id: 'twice', evidence: [span(1, 0, 0, 'الوزير')] },
        { id: 'absent', evidence: [span(0, 0, 0, 'غدًا')] },
      ],
    };
    expect(fillEvidenceOffsets(record)).toEqual({
      problems: [
        'twice evidence 0: «الوزير» occurs 2 times in paragraph 1',
        'absent evidence 0: «غدًا» not in the article',
      ],
      moved: 2,
    });
    expect(record.events.map((e) => e.evidence[0])).toEqual([
      span(0, 0, 6, 'استقبل'),
      span(1, 22, 27, 'سيعود'),
      span(0, 7, 13, 'الرئيس'),
      span(1, 0, 0, 'الوزير'),
      span(0, 0, 0, 'غدًا'),
    ]);
  });
});
