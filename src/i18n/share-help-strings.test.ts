import { describe, expect, it } from 'vitest';
import { SHARE_HELP_MESSAGES } from './share-help-strings.ts';

describe('the copied-without-files message', () => {
  it('agrees with the count in every Arabic form', () => {
    const said = (n: number) => SHARE_HELP_MESSAGES.ar.copiedWithoutFiles(n);
    expect(said(1)).toBe(
      'نُسخ رابط هذا العرض، لكن الرابط لا ينقل المقالة المفتوحة من جهازك: من يفتحه يرى الباقي.',
    );
    expect(said(2)).toBe(
      'نُسخ رابط هذا العرض، لكن الرابط لا ينقل المقالتين المفتوحتين من جهازك: من يفتحه يرى الباقي.',
    );
    expect(said(3)).toBe(
      'نُسخ رابط هذا العرض، لكن الرابط لا ينقل ٣ مقالات مفتوحة من جهازك: من يفتحه يرى الباقي.',
    );
    expect(said(11)).toBe(
      'نُسخ رابط هذا العرض، لكن الرابط لا ينقل ١١ مقالةً مفتوحة من جهازك: من يفتحه يرى الباقي.',
    );
    expect(said(100)).toBe(
      'نُسخ رابط هذا العرض، لكن الرابط لا ينقل ١٠٠ مقالة مفتوحة من جهازك: من يفتحه يرى الباقي.',
    );
  });

  it('counts in English', () => {
    expect(SHARE_HELP_MESSAGES.en.copiedWithoutFiles(1)).toBe(
      'Link to this view copied, but the article opened from this computer cannot travel in a link: whoever opens it sees the rest.',
    );
    expect(SHARE_HELP_MESSAGES.en.copiedWithoutFiles(2)).toBe(
      'Link to this view copied, but the 2 articles opened from this computer cannot travel in a link: whoever opens it sees the rest.',
    );
  });

  it('keeps Latin letters out of the Arabic words', () => {
    for (const [key, value] of Object.entries(SHARE_HELP_MESSAGES.ar)) {
      const text = typeof value === 'function' ? value(3) : value;
      expect(text, key).not.toMatch(/[A-Za-z]/);
    }
  });
});
