import { describe, expect, it } from 'vitest';
import { clusterRadius, countFits, countLabels } from './cluster-count.ts';

// Seven pixels a character: wide enough that three digits never fit.
const measurer = () => {
  const asked: string[] = [];
  return {
    asked,
    measureText(text: string) {
      asked.push(text);
      return { width: text.length * 7 };
    },
  };
};

describe('clusterRadius', () => {
  it('grows with the count from 7 px to at most 11 px', () => {
    expect([2, 4, 8, 16, 32, 1000].map(clusterRadius)).toEqual([7, 8, 9, 10, 11, 11]);
  });
});

describe('countFits', () => {
  it('keeps a pixel clear of each side of the disc', () => {
    expect(countFits(12, 2)).toBe(true);
    expect(countFits(12.5, 2)).toBe(false);
    expect(countFits(20, 32)).toBe(true);
    expect(countFits(20.5, 1000)).toBe(false);
  });
});

describe('countLabels', () => {
  it("writes each count in the interface's digits, and says whether it fits", () => {
    const labels = countLabels();
    const m = measurer();
    expect([2, 11, 100, 1000].map((n) => labels.label(n, 'ar', m))).toEqual([
      { text: '٢', fits: true, published: '2', width: 7 },
      { text: '١١', fits: true, published: '11', width: 14 },
      { text: '١٠٠', fits: false, published: '100', width: 21 },
      { text: '١٬٠٠٠', fits: false, published: '1000', width: 35 },
    ]);
    expect([2, 1000].map((n) => labels.label(n, 'en', m).text)).toEqual(['2', '1,000']);
  });

  it('measures each count once per language until told to forget', () => {
    const labels = countLabels();
    const m = measurer();
    for (const n of [3, 3, 12, 3, 12]) labels.label(n, 'ar', m);
    labels.label(3, 'en', m);
    expect(m.asked).toEqual(['٣', '١٢', '3']);
    expect(labels.label(3, 'ar', m)).toBe(labels.label(3, 'ar', m));
    labels.forget();
    labels.label(3, 'ar', m);
    expect(m.asked).toEqual(['٣', '١٢', '3', '٣']);
  });
});
