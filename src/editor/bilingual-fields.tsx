import { Field } from './editor-field.tsx';

type Bilingual = { ar: string; en: string };
const DIRECTIONS = { ar: 'rtl', en: 'ltr' } as const;

/** A text field per language, each in its own direction and language. */
export function BilingualFields({
  labels,
  value,
  onChange,
}: {
  labels: Bilingual;
  value: Bilingual;
  onChange: (lang: 'ar' | 'en', text: string) => void;
}) {
  return (['ar', 'en'] as const).map((lang) => (
    <Field key={lang} label={labels[lang]}>
      {(p) => (
        <input
          {...p}
          type="text"
          dir={DIRECTIONS[lang]}
          lang={lang}
          value={value[lang]}
          onChange={(e) => onChange(lang, e.target.value)}
        />
      )}
    </Field>
  ));
}
