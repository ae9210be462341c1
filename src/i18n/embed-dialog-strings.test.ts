import { describe, expect, it } from 'vitest';
import { EMBED_DIALOG_STRINGS } from './embed-dialog-strings.ts';

describe('the Embed dialog’s words', () => {
  it('title the iframe with the number of events, in every Arabic form and in English', () => {
    expect([1, 2, 3, 11, 100].map((n) => EMBED_DIALOG_STRINGS.ar.iframeTitle(n))).toEqual([
      'رصد: خط زمني للأحداث الدبلوماسية (حدث واحد)',
      'رصد: خط زمني للأحداث الدبلوماسية (حدثان)',
      'رصد: خط زمني للأحداث الدبلوماسية (٣ أحداث)',
      'رصد: خط زمني للأحداث الدبلوماسية (١١ حدثًا)',
      'رصد: خط زمني للأحداث الدبلوماسية (١٠٠ حدث)',
    ]);
    expect(EMBED_DIALOG_STRINGS.en.iframeTitle(1)).toBe('Rasd: a timeline of 1 diplomatic event');
    expect(EMBED_DIALOG_STRINGS.en.iframeTitle(1200)).toBe('Rasd: a timeline of 1,200 diplomatic events');
  });

  it('keep Latin letters out of the Arabic words', () => {
    for (const [key, value] of Object.entries(EMBED_DIALOG_STRINGS.ar)) {
      const text = typeof value === 'function' ? value(3) : value;
      expect(text, key).not.toMatch(/[A-Za-z]/);
    }
  });
});
