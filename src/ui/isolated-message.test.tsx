import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AR_STRINGS } from '../i18n/strings.ts';
import { EN_STRINGS } from '../i18n/strings-en.ts';
import { clipList, clipText } from '../model/clip-text.ts';
import { isolatedMessage } from './isolated-message.tsx';
import { hasLongWord } from './long-words.tsx';

describe('isolatedMessage', () => {
  it('puts each text argument of a catalogue message in its own <bdi>, and the text reads the same', () => {
    const html = renderToStaticMarkup(
      <p>{isolatedMessage(EN_STRINGS.sources.redirected, '\u202Eevil.json', 'http://x.example/')}</p>,
    );
    expect(html).toBe(
      '<p><bdi>\u202Eevil.json</bdi> redirected to <bdi>http://x.example/</bdi>; only https:// addresses and this site&#x27;s own are loaded.</p>',
    );
    expect(renderToStaticMarkup(<p>{isolatedMessage(AR_STRINGS.corpus.changed, 'a.json')}</p>)).toBe(
      '<p>تغيّر الملف <bdi>a.json</bdi> منذ تحميل الصفحة؛ أعد تحميلها لترى النسخة الجديدة.</p>',
    );
  });

  it('leaves numbers to the message, which formats and pluralises them', () => {
    expect(
      renderToStaticMarkup(
        <p>{isolatedMessage(EN_STRINGS.sources.timeout, 'https://r.example/x.json', 20)}</p>,
      ),
    ).toBe(
      '<p><bdi>https://r.example/x.json</bdi> did not arrive in full within 20 seconds; gave up waiting.</p>',
    );
    expect(AR_STRINGS.sources.timeout('x', 20)).toBe('لم يصل x كاملًا خلال ٢٠ ثانية، فتوقفنا عن انتظاره.');
    expect(AR_STRINGS.sources.pending(2)).toBe(
      'ما زلنا نجلب سجلين من روابط؛ المقالات الأخرى معروضة في الأثناء.',
    );
    expect(AR_STRINGS.sources.others(3)).toBe('و٣ مشاركين آخرين');
  });
});

describe('display caps', () => {
  it('cuts text to a number of code points with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('abcdef', 6)).toBe('abcdef');
    expect(clipText('abcdefg', 6)).toBe('abcde…');
    expect(clipText('😀😀😀😀', 3)).toBe('😀😀…');
    expect(clipList([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], left: 1 });
  });

  it('finds runs of 120 characters without a space, not long prose', () => {
    expect(hasLongWord(`${'x'.repeat(119)} ${'y'.repeat(119)}`)).toBe(false);
    expect(hasLongWord(`a ${'سb'.repeat(60)} c`)).toBe(true);
  });
});
