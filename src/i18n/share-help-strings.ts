import type { Lang } from '../model/format-date.ts';
import { type PluralForms, plural } from './plural.ts';

/**
 * The words of the header's share button, theme switch and help button, and of source links: in the
 * first bundle, so short. The help dialog's own text is in help-page-strings.ts, loaded with it.
 */
export interface ShareHelpMessages {
  share: string;
  sharePanel: string;
  linkLabel: string;
  copyLink: string;
  copied: string;
  /** Copied, but the records opened from this computer cannot travel in a link. */
  copiedWithoutFiles: (count: number) => string;
  copyRefused: string;
  embedCode: string;
  close: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  /** Said after a source link's text, for screen readers: where it opens. */
  newTab: string;
  help: string;
  helpLoadFailed: string;
}

// The object of «لا ينقل الرابط …»: accusative where the form shows it.
const AR_OWN_FILES: PluralForms = {
  one: 'المقالة المفتوحة',
  two: 'المقالتين المفتوحتين',
  few: '# مقالات مفتوحة',
  many: '# مقالةً مفتوحة',
  other: '# مقالة مفتوحة',
};

const ar: ShareHelpMessages = {
  share: 'مشاركة',
  sharePanel: 'مشاركة هذا العرض',
  linkLabel: 'رابط هذا العرض',
  copyLink: 'انسخ الرابط',
  copied: 'نُسخ رابط هذا العرض. من يفتحه يرى ما تراه الآن.',
  copiedWithoutFiles: (count) =>
    `نُسخ رابط هذا العرض، لكن الرابط لا ينقل ${plural('ar', count, AR_OWN_FILES)} من جهازك: من يفتحه يرى الباقي.`,
  copyRefused: 'لم يسمح المتصفح بالنسخ: الرابط محدَّد في الحقل، فانسخه بنفسك.',
  embedCode: 'رمز التضمين…',
  close: 'إغلاق',
  theme: 'المظهر',
  themeSystem: 'كالنظام',
  themeLight: 'فاتح',
  themeDark: 'داكن',
  newTab: '(يُفتح في لسان جديد)',
  help: 'كيف تقرأ رصد',
  helpLoadFailed: 'تعذّر تحميل المساعدة.',
};

const en: ShareHelpMessages = {
  share: 'Share',
  sharePanel: 'Share this view',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  copied: 'Link to this view copied. Whoever opens it sees what you see now.',
  copiedWithoutFiles: (count) =>
    `Link to this view copied, but ${plural('en', count, { one: 'the article', other: 'the # articles' })} opened from this computer cannot travel in a link: whoever opens it sees the rest.`,
  copyRefused: 'The browser did not allow copying: the link is selected in the field, copy it yourself.',
  embedCode: 'Embed code…',
  close: 'Close',
  theme: 'Theme',
  themeSystem: 'As the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  newTab: '(opens in a new tab)',
  help: 'How to read Rasd',
  helpLoadFailed: 'The help could not be loaded.',
};

/** Arabic first, English second. */
export const SHARE_HELP_MESSAGES: Record<Lang, ShareHelpMessages> = { ar, en };
