import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { searchEntities } from '../model/entity-search.ts';

/** Props of PersonPicker. */
export interface PersonPickerProps {
  entities: ReadonlyMap<string, EntityRecord>;
  /** How many events each entity takes part in. */
  activity: (id: string) => number;
  selected: string[];
  onAdd: (id: string) => void;
}

const MAX_OPTIONS = 8;

/**
 * A combobox over every entity, by Arabic or English name or any spelling the text uses, forgiving
 * one typo. Arrow keys move through the suggestions, Enter adds one, Escape closes the list.
 */
export function PersonPicker({ entities, activity, selected, onAdd }: PersonPickerProps) {
  const { t, lang } = useLocale();
  const ids = { input: useId(), list: useId(), option: useId() };
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () =>
      searchEntities(entities.values(), query, lang)
        .filter((m) => !selected.includes(m.entity.id))
        .slice(0, MAX_OPTIONS),
    [entities, query, lang, selected],
  );
  const expanded = open && query.trim() !== '';

  const choose = (id: string) => {
    onAdd(id);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter' && expanded && matches[active]) {
      event.preventDefault();
      choose(matches[active].entity.id);
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="field person-picker">
      <label htmlFor={ids.input}>{t.filters.person}</label>
      <input
        id={ids.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={ids.list}
        aria-activedescendant={expanded && matches[active] ? `${ids.option}-${active}` : undefined}
        placeholder={t.filters.personPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <div
        id={ids.list}
        role="listbox"
        aria-label={t.filters.person}
        className="suggestions"
        hidden={!expanded}
      >
        {expanded && matches.length === 0 ? <div className="muted">{t.filters.personNone}</div> : null}
        {expanded
          ? matches.map((match, i) => {
              const other = lang === 'ar' ? 'en' : 'ar';
              return (
                // Mouse down, not click: the input's blur would close the list first. The input keeps
                // focus and its keys drive the options (aria-activedescendant).
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox by design
                <div
                  key={match.entity.id}
                  id={`${ids.option}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(match.entity.id);
                  }}
                >
                  <span>{match.entity.name[lang]}</span>
                  <span className="muted" lang={other}>
                    {' '}
                    {match.entity.name[other]}
                  </span>
                  <span className="muted">
                    {' '}
                    {t.separator}
                    {t.filters.personEvents(activity(match.entity.id))}
                  </span>
                </div>
              );
            })
          : null}
      </div>
    </div>
  );
}
