import { useCallback } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { type EntityMatch, searchEntities } from '../model/entity-search.ts';
import { Combobox } from '../ui/combobox.tsx';

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
  const other = lang === 'ar' ? 'en' : 'ar';
  const find = useCallback(
    (query: string) =>
      searchEntities(entities.values(), query, lang)
        .filter((m) => !selected.includes(m.entity.id))
        .slice(0, MAX_OPTIONS),
    [entities, lang, selected],
  );
  return (
    <div className="field person-picker">
      <Combobox<EntityMatch>
        label={t.filters.person}
        placeholder={t.filters.personPlaceholder}
        none={t.filters.personNone}
        find={find}
        idOf={(match) => match.entity.id}
        onChoose={(match) => onAdd(match.entity.id)}
        renderOption={(match) => (
          <>
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
          </>
        )}
      />
    </div>
  );
}
