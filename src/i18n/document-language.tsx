import { useEffect } from 'react';
import { useLocale } from './locale.tsx';
import type { Strings } from './strings.ts';

/**
 * Sets the document's language, direction and title from the locale it is rendered in, once that
 * language's strings are here (so the page never says "ltr" over Arabic words, or the reverse).
 */
export function DocumentLanguage({ title }: { title: (t: Strings) => string }) {
  const { lang, t } = useLocale();
  const text = title(t);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = t.dir;
    document.title = text;
  }, [lang, t, text]);
  return null;
}
