import { resolveRelativeDate } from '../resolve-relative-date.ts';
export interface DateMention {
  start: number;
  end: number;
  text: string;
}
const PHRASES = [
  'أمس الأول',
  'أول أمس',
  'اليوم',
  'أمس',
  'غدا',
  'الجمعة الماضية',
  'يوم السبت',
  'الجمعة',
  'السبت',
  'الخميس',
  'الأربعاء',
  'الثلاثاء',
  'الاثنين',
  'الأحد',
  'قبل نهاية العام الجاري',
  'قبل أكثر من 3 سنوات',
];
export function findDateExpressions(sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (const p of PHRASES) {
    let i = sentence.indexOf(p);
    while (i >= 0) {
      const end = i + p.length;
      const before = sentence[i - 1] ?? ' ';
      const after = sentence[end] ?? ' ';
      if (
        /[\s«“"(وب]/.test(before) &&
        !/[\p{L}]/u.test(after) &&
        !out.some((o) => o.start < end && i < o.end) &&
        resolveRelativeDate(p, '2015-10-27')
      )
        out.push({ start: i, end, text: p });
      i = sentence.indexOf(p, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
