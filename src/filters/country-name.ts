import type { Lang } from '../model/format-date.ts';

const cache = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the interface language, from its ISO code ("RU" → "روسيا" / "Russia"). */
export function countryName(code: string, lang: Lang): string {
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames(lang === 'ar' ? 'ar' : 'en', { type: 'region' });
    cache.set(lang, names);
  }
  return names.of(code) ?? code;
}
