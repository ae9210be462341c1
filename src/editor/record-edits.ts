import type {
  ArticleRecord,
  EntityRecord,
  EventRecord,
  EventType,
  EvidenceRecord,
  ReviewState,
  Role,
  Status,
  WhenRecord,
} from '../model/article-schema.ts';

type Bilingual = { ar: string; en: string };

/** One change a person makes to a draft record in the editor. */
export type RecordEdit =
  | { kind: 'review'; event: string; review: ReviewState }
  | { kind: 'title'; event: string; title: Bilingual }
  | { kind: 'type'; event: string; type: EventType }
  | { kind: 'status'; event: string; status: Status }
  | { kind: 'place'; event: string; place: Bilingual | null }
  /** Makes `entity` the one initiator (adding it when absent); the former initiator becomes a participant. */
  | { kind: 'initiator'; event: string; entity: string | null }
  /** Adds `entity` (to the record too, when its id is new) as a participant of the event. */
  | { kind: 'add-participant'; event: string; entity: EntityRecord; role: Role }
  | { kind: 'remove-participant'; event: string; entity: string }
  /** A participant's role; "initiator" as for the initiator edit. */
  | { kind: 'role'; event: string; entity: string; role: Role }
  | { kind: 'when'; event: string; when: Partial<WhenRecord> }
  | { kind: 'add-evidence'; event: string; span: EvidenceRecord }
  | { kind: 'set-evidence'; event: string; index: number; span: EvidenceRecord }
  | { kind: 'remove-evidence'; event: string; index: number }
  /** A new event reported by `span`, written by a person (so reviewed), with the id given. */
  | { kind: 'new-event'; id: string; span: EvidenceRecord; title: Bilingual };

/** The first `${prefix}-N` (N from 1) that `taken` does not hold. */
export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

function withEvent(
  record: ArticleRecord,
  id: string,
  change: (e: EventRecord) => EventRecord,
): ArticleRecord {
  return { ...record, events: record.events.map((e) => (e.id === id ? change(e) : e)) };
}

function withEntity(record: ArticleRecord, entity: EntityRecord): ArticleRecord {
  return record.entities.some((e) => e.id === entity.id)
    ? record
    : { ...record, entities: [...record.entities, entity] };
}

const sameSpan = (a: EvidenceRecord, b: EvidenceRecord) =>
  a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;

/** A new event for `span`: type and date left for the person to set (a statement of unknown date). */
function newEvent(id: string, span: EvidenceRecord, title: Bilingual): EventRecord {
  return {
    id,
    type: 'statement',
    title,
    participants: [],
    mentions: [],
    place: null,
    status: 'occurred',
    attribution: [],
    when: {
      text: null,
      relativeTo: { kind: 'publication' },
      start: null,
      end: null,
      precision: 'unknown',
      certainty: 'stated',
    },
    evidence: [span],
    review: 'reviewed',
  };
}

/** The record after one edit; the record given is not changed. An edit naming no event changes nothing. */
export function editRecord(record: ArticleRecord, edit: RecordEdit): ArticleRecord {
  switch (edit.kind) {
    case 'review':
      return withEvent(record, edit.event, (e) => ({ ...e, review: edit.review }));
    case 'title':
      return withEvent(record, edit.event, (e) => ({ ...e, title: edit.title }));
    case 'type':
      return withEvent(record, edit.event, (e) => ({ ...e, type: edit.type }));
    case 'status':
      return withEvent(record, edit.event, (e) => ({ ...e, status: edit.status }));
    case 'place':
      return withEvent(record, edit.event, (e) => ({ ...e, place: edit.place }));
    case 'initiator':
      return withEvent(record, edit.event, (e) => {
        const demoted = e.participants.map((p) =>
          p.role === 'initiator' && p.entity !== edit.entity ? { ...p, role: 'participant' as const } : p,
        );
        if (edit.entity === null) return { ...e, participants: demoted };
        const present = demoted.some((p) => p.entity === edit.entity);
        return {
          ...e,
          participants: present
            ? demoted.map((p) => (p.entity === edit.entity ? { ...p, role: 'initiator' as const } : p))
            : [{ entity: edit.entity, role: 'initiator' as const }, ...demoted],
        };
      });
    case 'add-participant': {
      const added = withEntity(record, edit.entity);
      return withEvent(added, edit.event, (e) =>
        e.participants.some((p) => p.entity === edit.entity.id)
          ? e
          : {
              ...e,
              participants: [...e.participants, { entity: edit.entity.id, role: edit.role }],
              mentions: e.mentions.filter((m) => m !== edit.entity.id),
            },
      );
    }
    case 'remove-participant':
      return withEvent(record, edit.event, (e) => ({
        ...e,
        participants: e.participants.filter((p) => p.entity !== edit.entity),
      }));
    case 'role':
      if (edit.role === 'initiator')
        return editRecord(record, { kind: 'initiator', event: edit.event, entity: edit.entity });
      return withEvent(record, edit.event, (e) => ({
        ...e,
        participants: e.participants.map((p) => (p.entity === edit.entity ? { ...p, role: edit.role } : p)),
      }));
    case 'when':
      return withEvent(record, edit.event, (e) => ({ ...e, when: { ...e.when, ...edit.when } }));
    case 'add-evidence':
      return withEvent(record, edit.event, (e) =>
        e.evidence.some((s) => sameSpan(s, edit.span)) ? e : { ...e, evidence: [...e.evidence, edit.span] },
      );
    case 'set-evidence':
      return withEvent(record, edit.event, (e) => ({
        ...e,
        evidence: e.evidence.map((s, i) => (i === edit.index ? edit.span : s)),
      }));
    case 'remove-evidence':
      // The last span stays: an event needs evidence, and removing it is rejecting the event.
      return withEvent(record, edit.event, (e) =>
        e.evidence.length <= 1 ? e : { ...e, evidence: e.evidence.filter((_, i) => i !== edit.index) },
      );
    case 'new-event':
      if (record.events.some((e) => e.id === edit.id)) return record;
      return { ...record, events: [...record.events, newEvent(edit.id, edit.span, edit.title)] };
  }
}
