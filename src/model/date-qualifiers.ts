import type { DateReader } from './date-reader.ts';
import { QUALIFIERS } from './date-words.ts';

/**
 * «من العام الماضي», «من السنة المقبلة», «من هذا العام» after a month: the year counted from the
 * anchor's (-1, +1, 0) and the index after the phrase.
 */
export function yearShiftAt(r: DateReader, k: number): { shift: number; end: number } | undefined {
  if (!r.is(k, 'من')) return undefined;
  if (r.is(k + 1, 'هذا', 'هذه') && r.is(k + 2, 'العام', 'السنه')) return { shift: 0, end: k + 3 };
  const shift = r.is(k + 1, 'العام', 'السنه') ? QUALIFIERS.get(r.at(k + 2) ?? '') : undefined;
  return shift === undefined ? undefined : { shift, end: k + 3 };
}
