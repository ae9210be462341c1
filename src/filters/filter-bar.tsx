import { useEffect, useId, useMemo, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { filterCounts } from '../model/filter-facets.ts';
import type { UrlState } from '../model/url-state.ts';
import { CERTAINTIES, EVENT_TYPES, STATUSES } from '../model/vocabulary.ts';
import type { FilteredEvents } from '../state/use-filtered-events.ts';
import type { NavigateOptions } from '../state/use-url-state.ts';
import { countryName } from './country-name.ts';
import { DateField } from './date-field.tsx';
import { FacetGroup } from './facet-group.tsx';
import { FilterChips } from './filter-chips.tsx';
import { PersonPicker } from './person-picker.tsx';

/** Props of FilterBar. */
export interface FilterBarProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
  entities: ReadonlyMap<string, EntityRecord>;
  total: number;
  filtered: FilteredEvents;
}

/** Every filter, visible and removable, all of it in the URL; the count is announced politely. */
export function FilterBar({ state, update, entities, total, filtered }: FilterBarProps) {
  const { t, lang } = useLocale();
  const ids = { search: useId(), rule: useId() };
  const [q, setQ] = useState(state.q);
  useEffect(() => setQ(state.q), [state.q]);
  // Each keystroke filters at once (the word index answers in milliseconds; a pause of 250 ms before
  // every answer was most of what a reader waited for). The first keystroke makes a history entry;
  // the rest of the word refines it in place.
  const search = (next: string) => {
    setQ(next);
    if (next !== state.q) update({ q: next, event: null }, { replace: state.q !== '' });
  };

  // The facets and their counts are made only while "more filters" is open: counting every value
  // under the other filters passes over every event of the corpus (a tenth of a click on a person at
  // 100,000 events), for a panel that is closed unless the reader opens it. The summary opens it
  // itself (not the browser, whose toggle event comes after a frame had shown it empty), so the counts
  // are drawn in the frame that opens it.
  const [moreOpen, setMoreOpen] = useState(false);
  const counts = useMemo(
    () => (moreOpen ? filterCounts(filtered.index, filtered.filter) : null),
    [moreOpen, filtered.index, filtered.filter],
  );
  const activity = (id: string) => filtered.index.byEntity.get(id)?.length ?? 0;

  return (
    <section className="filter-bar pane" aria-label={t.filters.heading}>
      <div className="filter-row">
        <div className="field search-field">
          <label htmlFor={ids.search}>{t.filters.search}</label>
          <input
            id={ids.search}
            type="search"
            value={q}
            placeholder={t.filters.searchPlaceholder}
            onChange={(e) => search(e.target.value)}
          />
        </div>
        <PersonPicker
          entities={entities}
          activity={activity}
          selected={state.person}
          onAdd={(id) => update({ person: [...state.person, id], event: null })}
        />
        <DateField
          label={t.filters.from}
          value={state.from}
          edge="start"
          onCommit={(from) => update({ from })}
        />
        <DateField label={t.filters.to} value={state.to} edge="end" onCommit={(to) => update({ to })} />
      </div>
      <details className="more-filters" open={moreOpen}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is its details' own button, reached and pressed by keyboard as by pointer */}
        <summary
          onClick={(event) => {
            event.preventDefault();
            setMoreOpen((open) => !open);
          }}
        >
          {t.filters.more}
        </summary>
        <p id={ids.rule} className="muted rule">
          {t.filters.dateRule}
        </p>
        {counts ? (
          <div className="facets">
            <FacetGroup
              legend={t.filters.type}
              values={EVENT_TYPES}
              label={(v) => t.types[v]}
              counts={counts.types}
              chosen={state.type}
              onChange={(type) => update({ type })}
            />
            <FacetGroup
              legend={t.filters.status}
              values={STATUSES}
              label={(v) => t.statuses[v]}
              counts={counts.statuses}
              chosen={state.status}
              onChange={(status) => update({ status })}
            />
            <FacetGroup
              legend={t.filters.certainty}
              values={CERTAINTIES}
              label={(v) => t.certainties[v]}
              counts={counts.certainties}
              chosen={state.certainty}
              onChange={(certainty) => update({ certainty })}
            />
            <FacetGroup
              legend={t.filters.country}
              values={Object.keys(counts.countries)}
              label={(code) => countryName(code, lang)}
              counts={counts.countries}
              chosen={state.country}
              onChange={(country) => update({ country })}
            />
          </div>
        ) : null}
      </details>
      <div className="filter-status">
        <p className="count" aria-live="polite" aria-atomic="true">
          {t.filters.count(filtered.shown.length, total)}
        </p>
        {filtered.pending ? (
          <p className="muted" role="status">
            {t.filters.searchPending(
              new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB', { style: 'percent' }).format(
                filtered.progress,
              ),
            )}
          </p>
        ) : null}
        <FilterChips state={state} entities={entities} update={update} />
        {/* Beside the chosen people, not among the fields: the row of fields keeps one line. */}
        {state.person.length > 1 ? (
          <fieldset className="segmented person-mode">
            <legend>{t.filters.personMode}</legend>
            {(['any', 'all'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={state.mode === mode}
                onClick={() => update({ mode })}
              >
                {mode === 'any' ? t.filters.modeAny : t.filters.modeAll}
              </button>
            ))}
          </fieldset>
        ) : null}
      </div>
    </section>
  );
}
