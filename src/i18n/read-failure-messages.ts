import type { Lang } from '../model/format-date.ts';

/**
 * The words for a record that was never read: kept apart from the sources' catalogue, which every
 * page loads first, because only the failure list (loaded when something failed) says them.
 */
export interface ReadFailureMessages {
  /** A file of the reader's that the browser could not read: a folder, or one moved or changed. */
  unreadable: (file: string) => string;
  /** The code that checks records did not arrive, so the file or address was not read. */
  notChecked: (file: string) => string;
}

/** Arabic first, English second. */
export const READ_FAILURE_MESSAGES: Record<Lang, ReadFailureMessages> = {
  ar: {
    unreadable: (file) => `تعذّرت قراءة ${file}: أهو مجلد، أم ملف نُقل أو تغيّر بعد اختياره؟`,
    notChecked: (file) => `لم يُقرأ ${file}: تعذّر جلب شيفرة فحص السجلات (هل انقطع الاتصال؟).`,
  },
  en: {
    unreadable: (file) =>
      `The browser could not read ${file}: is it a folder, or a file moved or changed after it was chosen?`,
    notChecked: (file) =>
      `${file} was not read: the code that checks records could not be fetched (is the connection down?).`,
  },
};
