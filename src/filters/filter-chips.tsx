import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { formatDay } from '../model/format-date.ts';
import type { UrlState } from '../model/url-state.ts';
import { countryName } from './country-name.ts';

/** Props of FilterChips. */
export interface FilterChipsProps {
  state: UrlState;
  entities: ReadonlyMap<string, EntityRecord>;
  update: (patch: Partial<UrlState>) => void;
}

interface Chip {
  key: string;
  label: string;
  clear: Partial<UrlState>;
}

/** Every active filter as a removable chip, and one button to clear them all. */
export function FilterChips({ state, entities, update }: FilterChipsProps) {
  const { t, lang, entityName } = useLocale();
  const chips: Chip[] = [];
  for (const id of state.person) {
    chips.push({
      key: `person:${id}`,
      label: entityName(entities.get(id), id),
      clear: { person: state.person.filter((p) => p !== id) },
    });
  }
  if (state.from || state.to) {
    chips.push({
      key: 'dates',
      label: t.filters.chipDates(
        state.from ? formatDay(state.from, lang) : t.filters.open,
        state.to ? formatDay(state.to, lang) : t.filters.open,
      ),
      clear: { from: null, to: null },
    });
  }
  for (const type of state.type) {
    chips.push({
      key: `type:${type}`,
      label: t.types[type],
      clear: { type: state.type.filter((v) => v !== type) },
    });
  }
  for (const status of state.status) {
    chips.push({
      key: `status:${status}`,
      label: t.statuses[status],
      clear: { status: state.status.filter((v) => v !== status) },
    });
  }
  for (const certainty of state.certainty) {
    chips.push({
      key: `certainty:${certainty}`,
      label: t.certainties[certainty],
      clear: { certainty: state.certainty.filter((v) => v !== certainty) },
    });
  }
  for (const code of state.country) {
    chips.push({
      key: `country:${code}`,
      label: countryName(code, lang),
      clear: { country: state.country.filter((v) => v !== code) },
    });
  }
  if (state.q) chips.push({ key: 'q', label: t.filters.chipText(state.q), clear: { q: '' } });
  if (chips.length === 0) return null;

  return (
    <div className="chips">
      <span className="sr-only">{t.filters.active}</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <span className="chip">
              <bdi>{chip.label}</bdi>
              <button
                type="button"
                aria-label={t.filters.remove(chip.label)}
                onClick={() => update(chip.clear)}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="quiet"
        onClick={() =>
          update({
            person: [],
            mode: 'any',
            from: null,
            to: null,
            type: [],
            status: [],
            certainty: [],
            country: [],
            q: '',
          })
        }
      >
        {t.filters.clearAll}
      </button>
    </div>
  );
}
