import type { DateReader } from './date-reader.ts';
import { foldedSet } from './date-words.ts';

// Hijri month names. Rasd does not convert Hijri dates; it only reads past one written before its
// Gregorian equivalent («14 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م», as Gulf agencies write).
const MONTHS = foldedSet([
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'ربيع الثاني',
  'جمادى الأولى',
  'جمادى الآخرة',
  'جمادى الثانية',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذي القعدة',
  'ذو الحجة',
  'ذي الحجة',
]);
const HIJRI_MONTHS = new Map([...MONTHS].map((name) => [name, true]));

/**
 * A Hijri date at word `k` that is followed by «الموافق»: the index of the Gregorian date after it, or
 * undefined when there is none.
 */
export function pastHijriAt(r: DateReader, k: number): number | undefined {
  if (!/^\d{1,2}$/.test(r.at(k) ?? '')) return undefined;
  const month = r.phrase(HIJRI_MONTHS, k + 1, 2);
  if (!month) return undefined;
  let j = month.end;
  if (/^\d{4}$/.test(r.at(j) ?? '')) j++;
  if (r.is(j, 'ه')) j++;
  return r.is(j, 'الموافق') ? j + 1 : undefined;
}
