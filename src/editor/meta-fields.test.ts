import { describe, expect, it } from 'vitest';
import { cutToBytes, utf8Bytes } from './article-input.ts';
import { checkMeta, todayIn } from './meta-fields.ts';

const fields = { source: 'SANA', url: '', date: '2015-10-27', time: '', timeZone: 'Asia/Damascus' };

describe('checkMeta', () => {
  it('accepts good fields and warns, without blocking, on a future date', () => {
    expect(checkMeta(fields, '2026-12-01')).toEqual([]);
    expect(checkMeta({ ...fields, date: '2026-12-02' }, '2026-12-01')).toEqual([
      { field: 'date', code: 'date-future', severity: 'warning' },
    ]);
  });

  it('gives each bad field its own error', () => {
    expect(
      checkMeta(
        { source: '', url: 'sana.sy/x', date: '2015-02-30', time: '25:00', timeZone: 'Mars/Base' },
        '2026-12-01',
      ),
    ).toEqual([
      { field: 'date', code: 'date-invalid', severity: 'error' },
      { field: 'time', code: 'time-invalid', severity: 'error' },
      { field: 'timeZone', code: 'zone-invalid', severity: 'error' },
      { field: 'url', code: 'url-invalid', severity: 'error' },
    ]);
    expect(checkMeta({ ...fields, date: '', url: 'javascript:alert(1)' }, '2026-12-01')).toEqual([
      { field: 'date', code: 'date-missing', severity: 'error' },
      { field: 'url', code: 'url-invalid', severity: 'error' },
    ]);
  });
});

describe('todayIn', () => {
  it('is the date in the zone, not in UTC', () => {
    const now = Date.UTC(2026, 11, 1, 22, 30);
    expect(todayIn('UTC', now)).toBe('2026-12-01');
    expect(todayIn('Asia/Damascus', now)).toBe('2026-12-02');
    expect(todayIn('America/New_York', now)).toBe('2026-12-01');
  });
});

describe('utf8Bytes', () => {
  it('counts as TextEncoder does', () => {
    for (const text of ['', 'abc', 'لافروف', 'a😀b', 'é€']) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('cutToBytes', () => {
  it('keeps whole lines within the limit, else whole characters', () => {
    expect(cutToBytes('عنوان\nفقرة أولى\nفقرة ثانية', 30)).toBe('عنوان\nفقرة أولى');
    expect(cutToBytes('عنوان', 5)).toBe('عن');
    expect(cutToBytes('a😀b', 3)).toBe('a');
    expect(cutToBytes('a😀b', 5)).toBe('a😀');
    expect(cutToBytes('short', 100)).toBe('short');
  });
});
