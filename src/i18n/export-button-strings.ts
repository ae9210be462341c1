import type { Lang } from '../model/format-date.ts';

/**
 * The export button's own words: apart from the menu's catalogue (export-strings.ts), which loads with
 * the menu, so the first load carries only these.
 */
export const EXPORT_BUTTON_STRINGS: Record<Lang, { button: string; loading: string; loadFailed: string }> = {
  ar: {
    button: 'تصدير',
    loading: 'يُحمَّل التصدير…',
    loadFailed: 'تعذّر تحميل قائمة التصدير.',
  },
  en: {
    button: 'Export',
    loading: 'Loading export…',
    loadFailed: 'The export menu could not be loaded.',
  },
};
