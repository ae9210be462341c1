import { useEffect, useId, useState } from 'react';
import { ENTITY_KINDS, type EntityKind, type EntityRecord } from '../model/article-schema.ts';
import { BilingualFields } from './bilingual-fields.tsx';
import { Field } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import type { Candidate } from './gazetteer-entity.ts';

/**
 * Finds someone to add: the gazetteer searched by any name or office (in the worker, as typed), or a
 * new entity named in Arabic and English.
 */
export function EntitySearch({
  search,
  date,
  onPick,
  onCreate,
}: {
  search: (query: string, date: string) => Promise<Candidate[]>;
  /** The article's date, for who held an office then. */
  date: string;
  onPick: (entity: EntityRecord) => void;
  onCreate: (name: { ar: string; en: string }, kind: EntityKind) => void;
}) {
  const { m, lang } = useEditorLocale();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Candidate[] | null>(null);
  const [ar, setAr] = useState('');
  const [en, setEn] = useState('');
  const [kind, setKind] = useState<EntityKind>('person');

  useEffect(() => {
    if (query.trim().length < 2) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void search(query.trim(), date).then((list) => live && setFound(list));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, date, search]);

  return (
    <div className="entity-search">
      <Field label={m.card.search}>
        {(p) => (
          <input {...p} type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} />
        )}
      </Field>
      <div aria-live="polite" className="search-results">
        {found && found.length === 0 ? <p className="muted">{m.card.noMatches}</p> : null}
        {found && found.length > 0 ? (
          <ul>
            {found.map((c) => (
              <li key={c.entity.id}>
                <button
                  type="button"
                  className="quiet"
                  onClick={() => {
                    onPick(c.entity);
                    setQuery('');
                  }}
                >
                  {m.card.add(c.entity.name[lang])}
                </button>
                {c.detail ? <span className="muted"> {c.detail[lang]}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <details className="new-entity">
        <summary>{m.card.newEntity}</summary>
        <div className="card-grid">
          <BilingualFields
            labels={{ ar: m.card.newEntityAr, en: m.card.newEntityEn }}
            value={{ ar, en }}
            onChange={(lang, text) => (lang === 'ar' ? setAr(text) : setEn(text))}
          />
          <Field label={m.card.newEntityKind}>
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
                {ENTITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {m.kinds[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button
          type="button"
          id={`${id}-create`}
          disabled={ar.trim() === '' || en.trim() === ''}
          onClick={() => {
            onCreate({ ar: ar.trim(), en: en.trim() }, kind);
            setAr('');
            setEn('');
          }}
        >
          {m.card.create}
        </button>
      </details>
    </div>
  );
}
