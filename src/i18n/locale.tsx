import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { EntityRecord } from '../model/article-schema.ts';
import { type formatInterval, type IntervalWords, intervalFormat, type Lang } from '../model/format-date.ts';
import { AR_STRINGS, loadStrings, type Strings, stringsIfLoaded } from './strings.ts';

/** The interface language, its strings and the formatters that depend on it. */
export interface Locale {
  lang: Lang;
  t: Strings;
  interval: (when: Parameters<typeof formatInterval>[0]) => string;
  entityName: (entity: EntityRecord | undefined, fallbackId: string) => string;
}

function makeLocale(lang: Lang, t: Strings): Locale {
  const words: IntervalWords = { before: t.before, after: t.after, unknown: t.unknownDate };
  return {
    lang,
    t,
    interval: intervalFormat(lang, words),
    entityName: (entity, fallbackId) => entity?.name[lang] ?? fallbackId,
  };
}

const LocaleContext = createContext<Locale>(makeLocale('ar', AR_STRINGS));

/** Provides the locale for `lang` (default Arabic) to everything below. */
export function LocaleProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // A language whose strings are still on their way shows the one already here, for the moment it
  // takes (the first render has them: startApp loads the reader's language before it draws).
  const [shown, setShown] = useState<{ lang: Lang; t: Strings }>(() => {
    const t = stringsIfLoaded(lang);
    return t ? { lang, t } : { lang: 'ar', t: AR_STRINGS };
  });
  useEffect(() => {
    let live = true;
    loadStrings(lang).then(
      (t) => live && setShown({ lang, t }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const locale = useMemo(() => makeLocale(shown.lang, shown.t), [shown]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The current locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
