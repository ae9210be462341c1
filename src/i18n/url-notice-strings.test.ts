import { describe, expect, it } from 'vitest';
import { URL_NOTICE_STRINGS } from './url-notice-strings.ts';

describe('the words of the ignored-link notice', () => {
  it('name a rule for every kind of value, in both languages', () => {
    expect(Object.keys(URL_NOTICE_STRINGS.ar.rules)).toEqual(Object.keys(URL_NOTICE_STRINGS.en.rules));
    expect(URL_NOTICE_STRINGS.en.expected(URL_NOTICE_STRINGS.en.rules.date)).toBe(
      'not a valid value; expected a date written YYYY-MM-DD',
    );
    expect(URL_NOTICE_STRINGS.ar.expected(URL_NOTICE_STRINGS.ar.rules.lang)).toBe(
      'القيمة غير صالحة؛ المتوقع: العربية أو الإنجليزية',
    );
    expect(URL_NOTICE_STRINGS.en.rules['max-sources']).toBe('at most 20 addresses in one link');
  });

  it('keep Latin letters out of the Arabic words', () => {
    const { unknown, expected, rules } = URL_NOTICE_STRINGS.ar;
    for (const text of [unknown, expected('…'), ...Object.values(rules)])
      expect(text).not.toMatch(/[A-Za-z]/);
  });
});
