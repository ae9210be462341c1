import type { DateReader } from './date-reader.ts';
import { QUALIFIERS } from './date-words.ts';

/**
 * A qualifier at word `k`: «الماضي» -1, «المقبل» +1, «الجاري» 0, and «قبل الماضي» (the one before
 * last) -2, with the index after it.
 */
export function qualifierAt(r: DateReader, k: number): { value: number; end: number } | undefined {
  const word = r.at(k) ?? '';
  if (word === 'قبل' && QUALIFIERS.get(r.at(k + 1) ?? '') === -1) return { value: -2, end: k + 2 };
  const value = QUALIFIERS.get(word);
  return value === undefined ? undefined : { value, end: k + 1 };
}

/**
 * «من العام الماضي», «من السنة المقبلة», «من هذا العام» after a month: the year counted from the
 * anchor's (-1, +1, 0) and the index after the phrase.
 */
export function yearShiftAt(r: DateReader, k: number): { shift: number; end: number } | undefined {
  if (!r.is(k, 'من')) return undefined;
  if (r.is(k + 1, 'هذا', 'هذه') && r.is(k + 2, 'العام', 'السنه')) return { shift: 0, end: k + 3 };
  const shift = r.is(k + 1, 'العام', 'السنه') ? qualifierAt(r, k + 2) : undefined;
  return shift === undefined ? undefined : { shift: shift.value, end: shift.end };
}
