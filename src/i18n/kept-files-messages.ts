import type { Lang } from '../model/format-date.ts';
import { type PluralForms, plural } from './plural.ts';

/** The words of the list of records kept in this browser (the explorer's header). */
export interface KeptFilesMessages {
  summary: (count: number) => string;
  help: string;
  remove: (name: string) => string;
  fromEditor: string;
}

const AR_SUMMARY: PluralForms = {
  zero: 'لا مقالات محفوظة',
  one: 'مقالة محفوظة',
  two: 'مقالتان محفوظتان',
  few: '# مقالات محفوظة',
  many: '# مقالةً محفوظة',
  other: '# مقالة محفوظة',
};

/** Arabic first, English second. */
export const KEPT_FILES_MESSAGES: Record<Lang, KeptFilesMessages> = {
  ar: {
    summary: (count) => plural('ar', count, AR_SUMMARY),
    help: 'محفوظة في هذا المتصفح فقط، وتُحمَّل مع كل زيارة حتى تحذفها.',
    remove: (name) => `إزالة ${name}`,
    fromEditor: 'من المحرر',
  },
  en: {
    summary: (count) =>
      plural('en', count, { zero: 'No kept articles', one: '# kept article', other: '# kept articles' }),
    help: 'Kept in this browser only, and loaded on every visit until you remove them.',
    remove: (name) => `Remove ${name}`,
    fromEditor: 'from the editor',
  },
};
