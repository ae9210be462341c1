import { type Lang, localeOf } from '../model/format-date.ts';

/**
 * One message in every plural form a language has (Arabic six, English two). `#` stands for the count,
 * written with the language's digits. A form the language uses but the message leaves out falls back
 * to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

function rulesOf(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r;
}

function numberOf(lang: Lang): Intl.NumberFormat {
  let f = numbers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang));
    numbers.set(lang, f);
  }
  return f;
}

/** The form of `forms` that `count` takes in `lang`, with `#` replaced by the count. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  const form = forms[rulesOf(lang).select(count)] ?? forms.other;
  return form.replaceAll('#', numberOf(lang).format(count));
}
