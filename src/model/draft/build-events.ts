import type { EvidenceRecord, ParticipantRecord, WhenRecord } from '../article-schema.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import { resolveRelativeDate } from '../resolve-relative-date.ts';
import type { EventType, Status } from '../vocabulary.ts';
import { splitClauses } from './clauses.ts';
import type { DraftEntities } from './draft-entities.ts';
import type { Actor } from './find-actors.ts';
import { readSentence, type SentenceReading } from './read-sentence.ts';
import { splitSentences } from './sentences.ts';

type Bilingual = { ar: string; en: string };

/** An event as read from one clause, before events of several clauses are merged. */
export interface DraftedEvent {
  type: EventType;
  status: Status;
  participants: ParticipantRecord[];
  mentions: string[];
  place: Bilingual | null;
  evidence: Omit<EvidenceRecord, 'quote'>[];
  when: WhenRecord;
}

const NO_DATE_RULE: Bilingual = {
  ar: 'لا يذكر النص تاريخًا لهذا الحدث؛ ما وقع منه كان في يوم النشر أو قبله',
  en: 'The text gives no date for this event; what happened did so on or before the day of publication',
};
const SAME_PARAGRAPH_RULE: Bilingual = {
  ar: 'التاريخ المذكور في الجملة السابقة من الفقرة نفسها',
  en: 'The date given earlier in the same paragraph',
};
const AFTER_EVENT_RULE: Bilingual = {
  ar: 'يوم الحدث الذي يحيل إليه النص («في أعقاب هذا اللقاء»)',
  en: 'The day of the event the text refers back to ("after this meeting")',
};

interface Context {
  gazetteer: Gazetteer;
  index: GazetteerIndex;
  published: string;
  entities: DraftEntities;
}

function statusOf(reading: SentenceReading): Status {
  const trigger = reading.trigger;
  if (trigger?.tense === 'ongoing' || (reading.ongoing && trigger?.type === 'ongoing-contacts')) return 'ongoing';
  if (trigger?.tense === 'future' || reading.future) return 'planned';
  return 'occurred';
}

function undated(status: Status, published: string): WhenRecord {
  if (status === 'ongoing')
    return { text: null, relativeTo: { kind: 'publication' }, start: null, end: null, precision: 'unknown', certainty: 'inferred', rule: NO_DATE_RULE };
  return {
    text: null,
    relativeTo: { kind: 'publication' },
    start: status === 'planned' ? published : null,
    end: status === 'planned' ? null : published,
    precision: 'range',
    certainty: 'inferred',
    rule: NO_DATE_RULE,
  };
}

/** Reads every clause of every paragraph and returns the events they report, in text order. */
export function buildEvents(paragraphs: string[], ctx: Context): DraftedEvent[] {
  const events: DraftedEvent[] = [];
  let subject: string | null = null;
  let lastPeople: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    let paragraphDate: WhenRecord | null = null;
    for (const sentence of splitSentences(paragraph)) {
      for (const clause of splitClauses(sentence.text)) {
        const offset = sentence.start + clause.start;
        const text = sentence.text.slice(clause.start, clause.end);
        const reading = readSentence(text, { gazetteer: ctx.gazetteer, index: ctx.index, date: ctx.published, subject });
        const made = eventsOf(reading, text, offset, p, ctx, lastPeople, paragraphDate, events);
        const firstPerson = reading.actors.find((a) => a.kind === 'person' && a.id);
        if (firstPerson?.kind === 'person') subject = firstPerson.id;
        const people = made.flatMap((e) => e.participants.map((x) => x.entity));
        if (people.length > 0) lastPeople = [...new Set(people)];
        const dated = made.find((e) => e.when.certainty === 'stated' && e.when.text);
        if (dated) paragraphDate = dated.when;
        events.push(...made);
      }
    }
  });
  return events;
}

function eventsOf(
  reading: SentenceReading,
  text: string,
  offset: number,
  paragraph: number,
  ctx: Context,
  lastPeople: string[],
  paragraphDate: WhenRecord | null,
  earlier: DraftedEvent[],
): DraftedEvent[] {
  const trigger = reading.trigger;
  if (!trigger) return [];
  const type = trigger.type;
  const actorIds = (actors: Actor[]) => actors.map((a) => ({ actor: a, id: ctx.entities.add(a) }));
  const named = actorIds(reading.actors);
  const people = named.filter((n) => n.actor.kind === 'person' && n.id).map((n) => n.id as string);
  if (reading.actors.some((a) => a.kind === 'anaphor')) people.push(...lastPeople);
  const persons = [...new Set(people)];
  const capitals = reading.actors.filter((a) => a.kind === 'state' && a.capital);
  const placeState = capitals[0]?.kind === 'state' ? ctx.index.state(capitals[0].iso) : undefined;
  const place = placeState?.capital ?? null;
  const others = [...new Set(named.filter((n) => n.actor.kind !== 'person' && n.id && !(n.actor.kind === 'state' && n.actor.capital)).map((n) => n.id as string))];

  let participants: ParticipantRecord[];
  let mentions: string[];
  if (type === 'statement') {
    // A statement needs someone who speaks: the first person the clause names.
    const speaker = persons[0];
    if (!speaker) return [];
    participants = [{ entity: speaker, role: 'participant' }];
    mentions = [...persons.slice(1), ...others];
  } else if (persons.length > 0) {
    participants = persons.map((entity) => ({ entity, role: 'participant' }));
    mentions = others.filter((id) => !persons.includes(id));
  } else if (others.length > 0 && ['decision', 'agreement', 'communique', 'ongoing-contacts'].includes(type)) {
    participants = others.map((entity) => ({ entity, role: 'participant' }));
    mentions = [];
  } else if (['decision', 'communique'].includes(type)) {
    participants = [];
    mentions = others;
  } else return [];

  // Roles from the words around the trigger.
  const roleOf = (id: string, role: ParticipantRecord['role']) => {
    const p = participants.find((x) => x.entity === id);
    if (p) p.role = role;
  };
  const after = (at: number | null) =>
    at === null ? [] : named.filter((n) => n.id && n.actor.start >= at).map((n) => n.id as string);
  if (trigger.role === 'host' && participants.length >= 2) {
    participants.forEach((p, i) => {
      p.role = i === 0 ? 'host' : 'guest';
    });
  }
  for (const id of after(reading.fromAt)) roleOf(id, 'initiator');
  for (const id of after(reading.initiativeAt)) {
    roleOf(id, 'initiator');
    // «بمبادرة من الجانب الإيراني»: the participant of that state started it.
    const state = ctx.entities.list().find((e) => e.id === id && e.kind === 'state');
    if (state) for (const p of participants) if (ctx.entities.list().find((e) => e.id === p.entity)?.country === state.country && p.entity !== id) p.role = 'initiator';
  }
  if (reading.initiativeAt !== null) participants = participants.filter((p) => ctx.entities.list().find((e) => e.id === p.entity)?.kind !== 'state' || persons.length === 0);
  for (const n of named) {
    if (n.actor.kind === 'person' && n.actor.inferred && n.id) {
      const p = participants.find((x) => x.entity === n.id);
      if (p) p.inferred = { from: n.actor.inferred.from, rule: ctx.entities.rule(n.actor.inferred, n.id) };
    }
  }

  // Dates: one event per date when a dual or plural trigger has several («اتصالين أمس وأمس الأول»).
  const tense = trigger.tense === 'future' || reading.future ? 'future' : 'past';
  const resolved = reading.dates
    .map((d) => ({ d, r: resolveRelativeDate(d.text, ctx.published, tense) }))
    .filter((x) => x.r !== null);
  const afterTrigger = resolved.filter((x) => x.d.start >= trigger.start);
  const chosen = trigger.several && resolved.length > 1 ? resolved : [afterTrigger[0] ?? resolved[resolved.length - 1]].filter((x) => x !== undefined);

  const whens: { when: WhenRecord }[] = chosen.map(({ d, r }) => ({
    when: {
      text: d.text,
      relativeTo: { kind: 'publication' },
      start: r?.start ?? null,
      end: r?.end ?? null,
      precision: r?.precision ?? 'unknown',
      certainty: 'stated',
    },
  }));
  if (whens.length === 0) {
    const previous = reading.afterPrevious ? [...earlier].reverse().find((e) => e.type === reading.afterPrevious) : undefined;
    if (previous) {
      const { start, end, precision } = previous.when;
      whens.push({ when: { text: null, relativeTo: { kind: 'publication' }, start, end, precision, certainty: 'inferred', rule: AFTER_EVENT_RULE } });
    } else if (paragraphDate) {
      const { start, end, precision } = paragraphDate;
      whens.push({ when: { text: null, relativeTo: { kind: 'publication' }, start, end, precision, certainty: 'inferred', rule: SAME_PARAGRAPH_RULE } });
    }
  }

  const evidence = [{ paragraph, start: offset, end: offset + text.length }];
  const make = (when: WhenRecord | null, parts: ParticipantRecord[]): DraftedEvent => {
    let status = statusOf(reading);
    if (when?.start && when.start > ctx.published && status === 'occurred') status = 'planned';
    return {
      type,
      status,
      participants: parts.map((p) => ({ ...p })),
      mentions,
      place,
      evidence,
      when: when ?? undated(status, ctx.published),
    };
  };
  if (type === 'planned-visit' && placeState) {
    participants.forEach((p) => {
      p.role = p.role === 'participant' ? 'guest' : p.role;
    });
    if (!participants.some((p) => p.entity === placeState.id)) {
      const host = ctx.entities.add({ kind: 'state', iso: placeState.iso, capital: false, surface: '', start: 0, end: 0 });
      if (host) participants.push({ entity: host, role: 'host' });
    }
  }
  // Calls are between two: «اتصالين هاتفيين مع نظيريه الأمريكي … والإيراني …» is two calls.
  const pairs =
    type === 'phone-call' && participants.length > 2
      ? participants.slice(1).map((other) => [participants[0] as ParticipantRecord, other])
      : [participants];
  const out: DraftedEvent[] = [];
  for (const parts of pairs) {
    if (whens.length === 0) out.push(make(null, parts));
    for (const w of whens) out.push(make(w.when, parts));
  }
  return out;
}
