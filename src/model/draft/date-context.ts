import { cliticForms } from '../date-grammar.ts';
import { ORDINAL_DAYS } from '../date-ordinals.ts';
import { foldedSet } from '../date-words.ts';

// «قبل الجمعة», «بعد الخميس», «حتى السبت»: a bound, not the day something happened.
const BOUNDS = foldedSet(['قبل', 'بعد', 'حتى', 'بحلول', 'لغاية', 'before', 'after', 'until', 'by']);
// «روسيا اليوم», «أخبار اليوم», «المصري اليوم» are outlets, not today.
const OUTLETS = foldedSet(['روسيا', 'أخبار', 'المصري']);
// «ذلك اليوم», «تلك الليلة», «نفس اليوم»: a day of the story, not the day of publication.
const DEMONSTRATIVES = foldedSet(['ذلك', 'تلك', 'ذاك', 'ذات', 'نفس']);
// «ثورة 25 يناير», «قوى 14 آذار», «هجمات 11 سبتمبر», «حركة 20 فبراير»: a name taken from a day of some
// other year, unless the year is written.
const NAMED_AFTER = foldedSet([
  'ثورة',
  'حركة',
  'قوى',
  'تحالف',
  'فريق',
  'كتلة',
  'تيار',
  'جماعة',
  'انتفاضة',
  'شارع',
  'ساحة',
  'ميدان',
  'جسر',
  'حرب',
  'أحداث',
  'هجمات',
  'تفجيرات',
  'مجزرة',
]);
const TODAY = foldedSet(['اليوم', 'الليلة']);
const ORDINAL_HEADS = new Set([...ORDINAL_DAYS.keys()].map((key) => key.split(' ')[0] as string));
// Nouns that «العام» follows as "general" («الأمين العام المقبل» is the next secretary-general), where
// after any other word («التقى الوزيران العام الماضي») it is the year.
const GENERAL = foldedSet(
  'الأمين المدير النائب المدعي المفتش المراقب المنسق المقرر القائد الرأي الأمن القطاع الدين المؤتمر الاتحاد الإضراب الوضع المناخ الإطار السياق الاتجاه المشهد الشأن المال النظام الصالح'.split(
    ' ',
  ),
);

/**
 * Whether the expression of words [i, end) (its first word read as `form`) is, where it stands, no date
 * of the article: after a bound word, an outlet's name, a demonstrative, a noun that «العام» qualifies
 * as "general", a noun its ordinal counts, or a noun named after a day.
 */
export function notADateHere(words: string[], gaps: string[], i: number, end: number, form: string): boolean {
  if (i === 0 || gaps[i] !== '') return false;
  const before = cliticForms(words[i - 1] as string).map((f) => f.form);
  const any = (set: Set<string>) => before.some((w) => set.has(w));
  if (any(BOUNDS)) return true;
  if (TODAY.has(form) && (any(DEMONSTRATIVES) || (end === i + 1 && any(OUTLETS)))) return true;
  if (form === 'العام' && any(GENERAL)) return true;
  // «الأسبوع الأول من الشهر المقبل», «النصف الثاني من العام»: the ordinal belongs to the noun before it.
  if (ORDINAL_HEADS.has(form) && before.some((w) => w.startsWith('ال'))) return true;
  const yearWritten = words.slice(i, end).some((w) => /^\d{4}$/.test(w));
  return /^\d/.test(form) && !yearWritten && any(NAMED_AFTER);
}
