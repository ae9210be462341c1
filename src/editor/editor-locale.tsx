import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { EDITOR_MESSAGES, type EditorMessages } from '../i18n/editor-messages.ts';
import { formatDay, type Lang, localeOf } from '../model/format-date.ts';

/** The editor's language, its words and the formatters that depend on it. */
export interface EditorLocale {
  lang: Lang;
  m: EditorMessages;
  /** A calendar day, "٢٧ تشرين الأول ٢٠١٥"; the text itself when it is not a date. */
  day: (date: string) => string;
  /** A moment in the reader's own zone, with date and time. */
  moment: (ms: number) => string;
  /** A decimal number such as seconds, with the language's digits. */
  decimal: (value: number) => string;
  /** A size in bytes, in kB (of 1,024 bytes) below a MB (of 1,024 kB), else in MB. */
  bytes: (value: number) => string;
}

function makeLocale(lang: Lang): EditorLocale {
  const moments = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  const decimals = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 });
  const megabytes = new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 2,
  });
  const kilobytes = new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  return {
    lang,
    m: EDITOR_MESSAGES[lang],
    day: (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDay(date, lang) : date),
    moment: (ms) => moments.format(ms),
    decimal: (value) => decimals.format(value),
    bytes: (value) =>
      value >= 1024 * 1024
        ? megabytes.format(value / (1024 * 1024))
        : kilobytes.format(Math.ceil(value / 1024)),
  };
}

const Context = createContext<EditorLocale>(makeLocale('ar'));

/** Provides the editor's locale for `lang` (default Arabic). */
export function EditorLocaleProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const locale = useMemo(() => makeLocale(lang), [lang]);
  return <Context.Provider value={locale}>{children}</Context.Provider>;
}

/** The editor's locale. */
export function useEditorLocale(): EditorLocale {
  return useContext(Context);
}
