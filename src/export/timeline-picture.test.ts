// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import { kerryText } from './picture-test-helpers.ts';
import { timelinePicture } from './timeline-picture.ts';

const TYPES: Record<string, string> = { 'phone-call': 'اتصال هاتفي', meeting: 'لقاء' };

function kerryPicture(lang: 'ar' | 'en', fontFace?: string) {
  const corpus = seedCorpus();
  const { events, text } = kerryText(corpus, lang, lang === 'ar' ? 'رصد: الخط الزمني' : 'Rasd: timeline');
  const svg = timelinePicture({
    events,
    lanes: 'type',
    window: null,
    lang,
    dir: text.dir,
    laneLabel: (lane) => TYPES[lane.key] ?? lane.key,
    markLabel: (event) => event.id,
    text,
    fontFace,
  });
  return { svg, doc: new DOMParser().parseFromString(svg, 'image/svg+xml') };
}

describe('timelinePicture', () => {
  it('carries the title, filters, date and source as text, right to left in Arabic', () => {
    const { doc } = kerryPicture('ar');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('lang'), root.getAttribute('direction')]).toEqual([
      '1060',
      'ar',
      'rtl',
    ]);
    expect(doc.querySelector('title')?.textContent).toBe('رصد: الخط الزمني');
    const line = (name: string) => doc.querySelector(`.${name}`);
    expect(line('picture-title')?.textContent).toBe('رصد: الخط الزمني');
    // Start-anchored at the right edge: `start` is the right in a right-to-left text.
    expect([
      line('picture-title')?.getAttribute('x'),
      line('picture-title')?.getAttribute('text-anchor'),
    ]).toEqual(['1044', 'start']);
    expect(line('picture-filters')?.textContent).toBe('المرشحات: الأشخاص: \u2068جون كيري\u2069');
    expect(line('picture-date')?.textContent).toBe('صُدِّرت في الثلاثاء، ١ كانون الأول ٢٠٢٦ — ٤ أحداث');
    expect(line('picture-source')?.textContent).toBe(
      'المصدر: رصد، نقلًا عن \u2068الوكالة العربية السورية للأنباء (سانا)\u2069',
    );
    expect([...doc.querySelectorAll('.picture-lane')].map((t) => t.textContent)).toEqual([
      'اتصال هاتفي',
      'لقاء',
    ]);
  });

  it("places the marks by the view's scale: time runs right to left over 20 October – 1 November", () => {
    const { doc } = kerryPicture('ar');
    const glyphs = [...doc.querySelectorAll('path')].filter((p) =>
      p.getAttribute('transform')?.includes('scale'),
    );
    // 900 px for 12 days, from the right: a day's middle at 900 − 75 × (days since 20 October + ½); glyphs are 14 px.
    expect(glyphs.map((p) => p.getAttribute('transform'))).toEqual([
      'translate(630.5 74) scale(1.1666666666666667)',
      'translate(480.5 40) scale(1.1666666666666667)',
      'translate(405.5 40) scale(1.1666666666666667)',
      'translate(330.5 40) scale(1.1666666666666667)',
    ]);
  });

  it('in English runs left to right with the lanes on the left, and embeds a font only when given one', () => {
    const { doc, svg } = kerryPicture('en');
    const glyphs = [...doc.querySelectorAll('path')].filter((p) =>
      p.getAttribute('transform')?.includes('scale'),
    );
    expect(glyphs[0]?.getAttribute('transform')).toBe('translate(255.5 74) scale(1.1666666666666667)');
    expect(doc.querySelector('.picture-title')?.getAttribute('x')).toBe('16');
    expect(svg).not.toContain('@font-face');
    expect(kerryPicture('en', '@font-face{font-family:"X"}').svg).toContain(
      '<style>@font-face{font-family:"X"}text{',
    );
  });
});
