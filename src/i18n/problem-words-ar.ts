import { formatNumber } from '../model/format-date.ts';
import type { ValueKind } from '../model/read-problem.ts';
import { plural } from './plural.ts';
import type { ProblemMessages } from './problem-words.ts';

const KINDS: Record<ValueKind, string> = {
  text: 'نص',
  number: 'عدد',
  'whole-number': 'عدد صحيح',
  'true-false': 'قيمة منطقية',
  list: 'قائمة',
  object: 'مجموعة حقول',
  null: 'قيمة فارغة',
  other: 'قيمة من نوع آخر',
};

const kind = (k: ValueKind | undefined) => KINDS[k ?? 'other'];

/** A record's problems in Arabic. */
export const PROBLEMS_AR: ProblemMessages = {
  field: (path) => `الحقل ${path}:`,
  record: 'السجل كله:',
  codes: {
    missing: ({ expected }) => `حقل مطلوب مفقود، والمتوقع فيه ${kind(expected)}.`,
    'wrong-type': ({ expected, found }) => `المتوقع ${kind(expected)}، والموجود ${kind(found)}.`,
    'not-allowed': () => 'القيمة ليست من القيم المسموح بها.',
    'unknown-field': ({ values }) =>
      values.length === 0
        ? 'حقل لا يعرفه المخطط.'
        : `${plural('ar', values.length, {
            one: 'حقل لا يعرفه المخطط',
            two: 'حقلان لا يعرفهما المخطط',
            other: 'حقول لا يعرفها المخطط',
          })}: ${values.join('، ')}.`,
    'too-long': ({ limit = 0 }) =>
      `النص أطول من المسموح: ${plural('ar', limit, {
        one: 'حرف واحد',
        two: 'حرفان',
        few: '# أحرف',
        many: '# حرفًا',
        other: '# حرف',
      })} على الأكثر.`,
    'too-many': ({ limit = 0 }) =>
      `القائمة أطول من المسموح: ${plural('ar', limit, {
        one: 'عنصر واحد',
        two: 'عنصران',
        few: '# عناصر',
        many: '# عنصرًا',
        other: '# عنصر',
      })} على الأكثر.`,
    'too-small': ({ limit = 0 }) => `العدد أصغر من المسموح، وأدناه ${formatNumber(limit, 'ar')}.`,
    'empty-list': () => 'القائمة فارغة، وتحتاج عنصرًا واحدًا على الأقل.',
    'id-format': () => 'معرّف غير صالح: يُكتب بحروف لاتينية صغيرة وأرقام وشرطات.',
    'url-format': () => 'ليس عنوان ويب صالحًا.',
    'country-code': () => 'رمز البلد غير صالح: يُكتب بحرفين لاتينيين كبيرين.',
    'time-zone': () => 'ليس اسم منطقة زمنية معروفة.',
    'utc-offset': () => 'فرق التوقيت غير صالح.',
    'unknown-entity': ({ values: [id] }) => `لا كيان بالمعرّف «${id}».`,
    'evidence-outside': () => 'الدليل خارج نص فقرته.',
    'quote-differs': () => 'اقتباس الدليل لا يطابق النص.',
    'interval-order': () => 'النهاية قبل البداية.',
    'precision-day': () => 'دقة «يوم» تحتاج بداية ونهاية في اليوم نفسه.',
    'precision-month': ({ values: [first, last] }) =>
      first ? `دقة «شهر» تحتاج الشهر كله: من ${first} إلى ${last}.` : 'دقة «شهر» تحتاج بداية ونهاية.',
    'precision-year': ({ values: [first, last] }) =>
      first ? `دقة «سنة» تحتاج السنة كلها: من ${first} إلى ${last}.` : 'دقة «سنة» تحتاج بداية ونهاية.',
    'precision-range': () => 'مدى مفتوح من الطرفين دقته «غير معروف».',
    'precision-unknown': () => 'دقة «غير معروف» تعني بداية ونهاية فارغتين.',
    'date-means': ({ values: [text, start, end] }) => `«${text}» في يوم النشر تعني من ${start} إلى ${end}.`,
    'date-text-missing': ({ values: [text] }) => `العبارة «${text}» ليست في أدلة الحدث.`,
    'inferred-rule': () => 'التاريخ المستنتج يحتاج طريقة استنتاجه.',
    'outside-note': () => 'تاريخ من مصدر خارجي يحتاج ملاحظة تذكر مصدره.',
    'other-event': ({ values: [id] }) => `لا حدث آخر بالمعرّف «${id}».`,
    'duplicate-id': ({ values: [id] }) => `المعرّف «${id}» مكرر.`,
    empty: () => 'حقل مطلوب فارغ.',
    'date-format': () => 'تاريخ غير صالح.',
    'time-format': () => 'ساعة غير صالحة.',
    invalid: () => 'قيمة غير صالحة.',
  },
};
