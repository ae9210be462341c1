import type { EncodingGuess } from '../data/decode-record-text.ts';
import { formatNumber, type Lang } from '../model/format-date.ts';
import { type PluralForms, plural } from './plural.ts';

/** Interface text about where records came from and how loading them went (issue 17). */
export interface SourcesStrings {
  /** "Still fetching 2 records from links; the other articles are shown meanwhile." */
  pending: (count: number) => string;
  /** The heading of the list of articles from outside the bundle. */
  heading: string;
  fromLink: (host: string) => string;
  fromFile: string;
  /** Said of an article that took the place of a bundled one with the same id. */
  replacedByLink: (host: string) => string;
  replacedByFile: string;
  encoding: (file: string, guess: EncodingGuess) => string;
  tooLargeSoFar: (file: string, size: string, limit: string) => string;
  timeout: (file: string, seconds: number) => string;
  redirectLoop: (file: string) => string;
  redirected: (file: string, to: string) => string;
  internal: (file: string) => string;
  /** The button that shows a long name or title in full, and the one that shortens it again. */
  showAll: (characters: number) => string;
  showLess: string;
  /** The button that shows the next part of a very long run: "Show more (2,100 of 200,000 characters shown)". */
  showMore: (shown: number, total: number) => string;
  /** After the first names of a long list of participants: "and 42 others". */
  others: (count: number) => string;
  /** After the first problems of a record that has very many: "and 950 more problems (rasd validate lists all)". */
  moreProblems: (count: number) => string;
}

/** A counted phrase in every plural form of `lang`, through the catalogue's one plural helper. */
export const counted =
  (lang: Lang, forms: PluralForms) =>
  (count: number): string =>
    plural(lang, count, forms);

const arRecords = counted('ar', {
  zero: 'لا سجلات',
  one: 'سجلًا واحدًا',
  two: 'سجلين',
  few: '# سجلات',
  many: '# سجلًا',
  other: '# سجل',
});
const arCharacters = counted('ar', {
  zero: 'لا حروف',
  one: 'حرف واحد',
  two: 'حرفان',
  few: '# أحرف',
  many: '# حرفًا',
  other: '# حرف',
});
const arSeconds = counted('ar', {
  zero: 'لا ثوانٍ',
  one: 'ثانية واحدة',
  two: 'ثانيتين',
  few: '# ثوانٍ',
  many: '# ثانية',
  other: '# ثانية',
});

const arOthers = counted('ar', {
  zero: '',
  one: 'ومشارك آخر',
  two: 'ومشاركان آخران',
  few: 'و# مشاركين آخرين',
  many: 'و# مشاركًا آخر',
  other: 'و# مشارك آخر',
});

const arProblems = counted('ar', {
  zero: 'لا مشكلات أخرى',
  one: 'ومشكلة أخرى',
  two: 'ومشكلتان أخريان',
  few: 'و# مشكلات أخرى',
  many: 'و# مشكلةً أخرى',
  other: 'و# مشكلة أخرى',
});

// No Latin letters in an Arabic notice: the encodings' names are spelt out as said in Arabic.
const arGuess = {
  'UTF-16': 'بترميز يو تي إف-١٦',
  'windows-1256': 'بترميز ويندوز العربي ١٢٥٦',
} as const;

/** The Arabic strings (the English ones load with the English interface: strings-sources-en.ts). */
export const SOURCES_AR: SourcesStrings = {
  pending: (count) => `ما زلنا نجلب ${arRecords(count)} من روابط؛ المقالات الأخرى معروضة في الأثناء.`,
  heading: 'مقالات من خارج رصد:',
  fromLink: (host) => `من رابط على ${host}`,
  fromFile: 'من ملفك',
  replacedByLink: (host) => `حلّت محلّ المقالة المضمّنة ذات المعرّف نفسه: استُبدلت بملف من ${host}`,
  replacedByFile: 'حلّت محلّ المقالة المضمّنة ذات المعرّف نفسه: استُبدلت بملفك',
  encoding: (file, guess) =>
    `الملف ${file} ليس نصًّا بترميز يونيكود (يو تي إف-٨)${guess ? `؛ يبدو أنه مكتوب ${arGuess[guess]}` : ''}. احفظه بترميز يونيكود (يو تي إف-٨) ثم افتحه.`,
  tooLargeSoFar: (file, size, limit) =>
    `الملف ${file} كبير جدًا: وصل منه ${size} حين توقفنا عن القراءة، وهذا فوق الحد ${limit}؛ فلم يُقرأ.`,
  timeout: (file, seconds) => `لم يصل ${file} كاملًا خلال ${arSeconds(seconds)}، فتوقفنا عن انتظاره.`,
  redirectLoop: (file) => `العنوان ${file} يعيد التوجيه بلا نهاية (حلقة إعادة توجيه) أو إلى خادم لا يجيب.`,
  redirected: (file, to) =>
    `أعاد ${file} التوجيه إلى ${to}، ولا نحمّل إلا العناوين الآمنة المشفّرة أو عناوين هذا الموقع.`,
  internal: (file) => `أخفق رصد نفسه في فحص ${file} (خلل فيه، نرجو الإبلاغ عنه).`,
  showAll: (characters) => `اعرض النص كله (${arCharacters(characters)})`,
  showLess: 'اختصر',
  showMore: (shown, total) => `اعرض المزيد (عُرض ${formatNumber(shown, 'ar')} من ${arCharacters(total)})`,
  others: arOthers,
  moreProblems: (count) => `${arProblems(count)} (يسردها كلها أمر التحقق في سطر الأوامر)`,
};
