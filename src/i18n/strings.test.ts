import { describe, expect, it } from 'vitest';
import { AR_STRINGS } from './strings.ts';
import { EN_STRINGS } from './strings-en.ts';

const ar = AR_STRINGS;
const en = EN_STRINGS;

describe('counted messages take every plural form of their language', () => {
  it('writes Arabic events in all six forms, with Arabic-Indic digits', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.corpus.events(n))).toEqual([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '٣ أحداث',
      '١١ حدثًا',
      '١٠٠ حدث',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => en.corpus.events(n))).toEqual([
      '0 events',
      '1 event',
      '2 events',
      '3 events',
      '11 events',
      '100 events',
    ]);
  });

  it('counts "shown of total" with the noun agreeing with the total', () => {
    expect(ar.filters.count(1, 21)).toBe('١ من ٢١ حدثًا');
    expect(ar.filters.count(0, 1)).toBe('٠ من حدث واحد');
    expect(ar.filters.count(1, 2)).toBe('١ من حدثين');
    expect(ar.filters.count(4, 4)).toBe('٤ من ٤ أحداث');
    expect(ar.filters.count(13, 13)).toBe('١٣ من ١٣ حدثًا');
    expect(ar.filters.count(1000, 1000)).toBe('١٬٠٠٠ من ١٬٠٠٠ حدث');
    expect(en.filters.count(1, 1)).toBe('1 of 1 event');
    expect(en.filters.count(1, 21)).toBe('1 of 21 events');
  });

  it('words every other count the same way', () => {
    expect(ar.eventsCount(1)).toBe('حدث واحد بالترتيب الزمني');
    expect(ar.eventsCount(4)).toBe('٤ أحداث بالترتيب الزمني');
    expect(en.eventsCount(1)).toBe('1 event in time order');
    expect(ar.filters.personEvents(13)).toBe('١٣ حدثًا');
    expect(ar.filters.emptyRemove('النوع', 2)).toBe('أزل «النوع» (حدثان)');
    expect(en.filters.emptyRemove('type', 1)).toBe('Remove “type” (1 event)');
    expect([2, 3, 11, 100].map((n) => ar.timeline.cluster(n))).toEqual([
      'حدثان متقاربان',
      '٣ أحداث متقاربة',
      '١١ حدثًا متقاربًا',
      '١٠٠ حدث متقارب',
    ]);
    expect(ar.errorSchema('a.json', 1)).toBe('الملف a.json لا يطابق مخطط المقالة (مشكلة واحدة):');
    expect(en.errorSchema('a.json', 1)).toBe('a.json does not match the article schema (1 problem):');
    expect(ar.corpus.loadedRejected(1, 2)).toBe('حُمّلت مقالة واحدة، ورُفضت مقالتان:');
    expect(ar.corpus.loadedRejected(3, 11)).toBe('حُمّلت ٣ مقالات، ورُفضت ١١ مقالةً:');
    expect(ar.corpus.loadedRejected(0, 100)).toBe('لم تُحمَّل أي مقالة، ورُفضت ١٠٠ مقالة:');
    expect(en.corpus.loadedRejected(1200, 1)).toBe('1,200 loaded, 1 rejected:');
  });

  it('separates the parts of a line in Arabic with a mark unlike the Arabic-Indic zero', () => {
    expect(ar.separator).toBe('؛ ');
    expect(ar.separator).not.toContain('·');
  });
});
