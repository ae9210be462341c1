import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';
import { AR_EVENTS as events } from './strings.ts';

describe('plural', () => {
  it('gives each of the six Arabic forms with Arabic-Indic digits', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, events))).toEqual([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '٣ أحداث',
      '١١ حدثًا',
      '١٠٠ حدث',
    ]);
  });

  it('takes "few" for 3–10 and 103–110, "many" for 11–99 and 111–199', () => {
    expect([10, 103, 99, 111, 102].map((n) => plural('ar', n, events))).toEqual([
      '١٠ أحداث',
      '١٠٣ أحداث',
      '٩٩ حدثًا',
      '١١١ حدثًا',
      '١٠٢ حدث',
    ]);
  });

  it('uses "other" for a form the message leaves out, and English one/other', () => {
    expect(plural('ar', 2, { other: '# حدث' })).toBe('٢ حدث');
    const en = { one: '# event', other: '# events' };
    expect([0, 1, 2, 1000].map((n) => plural('en', n, en))).toEqual([
      '0 events',
      '1 event',
      '2 events',
      '1,000 events',
    ]);
  });
});
