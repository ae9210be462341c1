import { useLocale } from '../i18n/locale.tsx';
import { formatNumber } from '../model/format-date.ts';

/** Props of FacetGroup. */
export interface FacetGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  label: (value: T) => string;
  counts: Record<string, number>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

/** A group of checkboxes for one facet, each with how many events it would keep. */
export function FacetGroup<T extends string>({
  legend,
  values,
  label,
  counts,
  chosen,
  onChange,
}: FacetGroupProps<T>) {
  const { lang } = useLocale();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {values.map((value) => {
        const on = chosen.includes(value);
        const count = Object.hasOwn(counts, value) ? (counts[value] ?? 0) : 0;
        return (
          <label key={value} className={count ? undefined : 'muted'}>
            <input
              type="checkbox"
              checked={on}
              onChange={() => onChange(on ? chosen.filter((v) => v !== value) : [...chosen, value])}
            />{' '}
            {label(value)} <span className="muted">({formatNumber(count, lang)})</span>
          </label>
        );
      })}
    </fieldset>
  );
}
