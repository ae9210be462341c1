import { normaliseForSearch } from './arabic-text.ts';

// Ordinal day numbers as Arabic writes them, first to thirty-first, masculine (اليوم الخامس) and
// feminine (الليلة الخامسة): «الحادي عشر», «الخامس والعشرين», «الحادية والثلاثين».
const MASCULINE = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const FEMININE = [
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
];

function ordinals(): Map<string, number> {
  const table = new Map<string, number>();
  const add = (name: string, n: number) => table.set(normaliseForSearch(name), n);
  for (const [units, ten, teen, eleven] of [
    [MASCULINE, 'العاشر', 'عشر', 'الحادي'],
    [FEMININE, 'العاشرة', 'عشرة', 'الحادية'],
  ] as const) {
    units.forEach((name, i) => {
      add(name, i + 1);
      // 11 is «الحادي عشر», not «الأول عشر»; from 12 on the unit ordinal is reused.
      add(`${i === 0 ? eleven : name} ${teen}`, i + 11);
      add(`${i === 0 ? eleven : name} والعشرين`, i + 21);
    });
    add(ten, 10);
    add(`${eleven} والثلاثين`, 31);
    add(`الواحد والعشرين`, 21);
    add(`الواحد والثلاثين`, 31);
  }
  add('العشرين', 20);
  add('الثلاثين', 30);
  return table;
}

/** Ordinal day numbers (1 to 31), folded, of one to two words. */
export const ORDINAL_DAYS = ordinals();
