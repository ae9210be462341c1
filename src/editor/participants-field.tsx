import type { ArticleRecord, EntityKind, EventRecord, Role } from '../model/article-schema.ts';
import { ROLES } from '../model/article-schema.ts';
import { Field } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import { EntitySearch } from './entity-search.tsx';
import { type Candidate, newEntityId } from './gazetteer-entity.ts';
import { ProblemNotes } from './problem-notes.tsx';
import type { RecordEdit } from './record-edits.ts';
import type { PlacedProblem } from './use-validation.ts';

/** Who took part: each with a role and a remove button, the initiator, and a way to add someone. */
export function ParticipantsField({
  event,
  record,
  problems,
  apply,
  search,
}: {
  event: EventRecord;
  record: ArticleRecord;
  problems: PlacedProblem[];
  apply: (edit: RecordEdit) => void;
  search: (query: string, date: string) => Promise<Candidate[]>;
}) {
  const { m, lang } = useEditorLocale();
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)?.name[lang] ?? id;
  const initiator = event.participants.find((p) => p.role === 'initiator')?.entity ?? '';

  const create = (names: { ar: string; en: string }, kind: EntityKind) => {
    const entity = {
      id: newEntityId(names.en, byId.keys()),
      kind,
      name: names,
      variants: [],
      roles: [],
    };
    apply({ kind: 'add-participant', event: event.id, entity, role: 'participant' });
  };

  return (
    <fieldset className="card-participants">
      <legend>{m.card.participants}</legend>
      {event.participants.length === 0 ? <p className="muted">{m.card.noParticipants}</p> : null}
      <ul className="participants">
        {event.participants.map((p) => (
          <li key={p.entity}>
            <bdi className="participant-name">{name(p.entity)}</bdi>
            {p.inferred ? (
              <span className="muted inferred">
                {' '}
                (<bdi>{p.inferred.from}</bdi>)
              </span>
            ) : null}
            <label className="sr-only" htmlFor={`${event.id}-${p.entity}-role`}>
              {`${m.card.role}: ${name(p.entity)}`}
            </label>
            <select
              id={`${event.id}-${p.entity}-role`}
              value={p.role}
              onChange={(e) =>
                apply({ kind: 'role', event: event.id, entity: p.entity, role: e.target.value as Role })
              }
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {m.roles[role]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="quiet"
              aria-label={m.card.remove(name(p.entity))}
              onClick={() => apply({ kind: 'remove-participant', event: event.id, entity: p.entity })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <Field label={m.card.initiator}>
        {(props) => (
          <select
            {...props}
            value={initiator}
            onChange={(e) => apply({ kind: 'initiator', event: event.id, entity: e.target.value || null })}
          >
            <option value="">{m.card.noInitiator}</option>
            {event.participants.map((p) => (
              <option key={p.entity} value={p.entity}>
                {name(p.entity)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemNotes problems={problems} />
      <EntitySearch
        search={search}
        date={record.published.date}
        onPick={(entity) => {
          // The record's own entity of that gazetteer id, when it has one, rather than a second copy.
          const same = record.entities.find(
            (e) => e.gazetteer !== undefined && e.gazetteer === entity.gazetteer,
          );
          apply({ kind: 'add-participant', event: event.id, entity: same ?? entity, role: 'participant' });
        }}
        onCreate={create}
      />
    </fieldset>
  );
}
