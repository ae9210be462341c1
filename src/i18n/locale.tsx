import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { EntityRecord } from '../model/article-schema.ts';
import { formatInterval, type IntervalWords, type Lang } from '../model/format-date.ts';
import { STRINGS, type Strings } from './strings.ts';

/** The interface language, its strings and the formatters that depend on it. */
export interface Locale {
  lang: Lang;
  t: Strings;
  interval: (when: Parameters<typeof formatInterval>[0]) => string;
  entityName: (entity: EntityRecord | undefined, fallbackId: string) => string;
}

function makeLocale(lang: Lang): Locale {
  const t = STRINGS[lang];
  const words: IntervalWords = { before: t.before, after: t.after, unknown: t.unknownDate };
  return {
    lang,
    t,
    interval: (when) => formatInterval(when, lang, words),
    entityName: (entity, fallbackId) => entity?.name[lang] ?? fallbackId,
  };
}

const LocaleContext = createContext<Locale>(makeLocale('ar'));

/** Provides the locale for `lang` (default Arabic) to everything below. */
export function LocaleProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const locale = useMemo(() => makeLocale(lang), [lang]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The current locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
