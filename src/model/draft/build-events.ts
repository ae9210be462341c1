import type { EvidenceRecord, ParticipantRecord, WhenRecord } from '../article-schema.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';
import { resolveRelativeDate } from '../resolve-relative-date.ts';
import type { EventType, Status } from '../vocabulary.ts';
import { splitClauses } from './clauses.ts';
import type { DraftEntities } from './draft-entities.ts';
import { eventPeople, type Named } from './event-people.ts';
import { foldPhrase } from './lexicon.ts';
import { readSentence, type SentenceReading } from './read-sentence.ts';
import { splitSentences } from './sentences.ts';
import { AFTER_EVENT_RULE, LAST_DATE_RULE, undated } from './when-rules.ts';

type Bilingual = { ar: string; en: string };

// Verb forms among the triggers: present and future (ي، ت، س), and the past forms of visiting,
// meeting, receiving, calling and holding.
const VERB = /^(?:[يتس]|زار|وصل|التق|اجتمع|استقبل|بحث|اتصل|توجه|عقد|اجرى)/;

/** An event as read from one or more clauses, before readings of one event are merged. */
export interface DraftedEvent {
  type: EventType;
  status: Status;
  participants: ParticipantRecord[];
  mentions: string[];
  place: Bilingual | null;
  evidence: Omit<EvidenceRecord, 'quote'>[];
  when: WhenRecord;
}

interface Context {
  gazetteer: Gazetteer;
  index: GazetteerIndex;
  published: string;
  entities: DraftEntities;
}

/** Where the reader is: what the text has reported so far, for words that point back to it. */
interface Reading {
  events: DraftedEvent[];
  /** The people of the latest event of exactly two: «الوزيران», «التقيا». */
  lastPeople: string[];
  /** The last day the text stated, for clauses that give none. */
  paragraphDate: WhenRecord | null;
  /** The person the text was last about, for clauses whose verb carries its subject («وزار …»). */
  subject: string | null;
  /** The type of the event the previous clause of the same sentence reported. */
  sentenceType: EventType | null;
}

function statusOf(reading: SentenceReading): Status {
  const trigger = reading.trigger;
  if (trigger?.tense === 'ongoing' || (reading.ongoing && trigger?.type === 'ongoing-contacts'))
    return 'ongoing';
  if (trigger?.tense === 'future' || reading.future) return 'planned';
  return 'occurred';
}

/** Reads every clause of every paragraph and returns the events they report, in text order. */
export function buildEvents(paragraphs: string[], ctx: Context): DraftedEvent[] {
  const state: Reading = {
    events: [],
    lastPeople: [],
    paragraphDate: null,
    sentenceType: null,
    subject: null,
  };
  paragraphs.forEach((paragraph, p) => {
    for (const sentence of splitSentences(paragraph)) {
      state.sentenceType = null;
      for (const clause of splitClauses(sentence.text)) {
        const offset = sentence.start + clause.start;
        const text = sentence.text.slice(clause.start, clause.end);
        const reading = readSentence(text, {
          gazetteer: ctx.gazetteer,
          index: ctx.index,
          date: ctx.published,
          subject: state.subject,
        });
        const made = eventsOf(
          reading,
          { paragraph: p, start: offset, end: offset + text.length },
          ctx,
          state,
        );
        const [clauseDate] = datesFor(reading, 0, Number.MAX_SAFE_INTEGER, ctx.published, false);
        const firstPerson = reading.actors.find((a) => a.kind === 'person' && a.id);
        if (firstPerson?.kind === 'person') state.subject = firstPerson.id;
        for (const e of made) {
          const people = e.participants
            .map((x) => x.entity)
            .filter((id) => ctx.entities.kindOf(id) === 'person');
          // «الوزيران», «الجانبان», «التقيا» are two: the last pair the text reported.
          if (e.type !== 'statement' && people.length === 2) state.lastPeople = people;
          if (e.type !== 'statement') state.sentenceType = e.type;
        }
        // A clause that states a date dates what the paragraph says next («ثم توجه صباح اليوم إلى دبي حيث التقى …»).
        if (clauseDate?.precision === 'day') state.paragraphDate = clauseDate;
        state.events.push(...made);
      }
    }
  });
  return state.events;
}

/** The dates of the clause on the trigger's side: after it first, else the last one before it. */
function datesFor(reading: SentenceReading, from: number, to: number, published: string, several: boolean) {
  const tense = reading.trigger?.tense === 'future' || reading.future ? 'future' : 'past';
  const resolved = reading.dates
    .filter((d) => d.start >= from && d.end <= to)
    .map((d) => ({ d, r: resolveRelativeDate(d.text, published, tense) }))
    .filter((x) => x.r !== null);
  const trigger = reading.trigger?.start ?? 0;
  const after = resolved.filter((x) => x.d.start >= trigger);
  const chosen =
    several && resolved.length > 1
      ? resolved
      : [after[0] ?? resolved[resolved.length - 1]].filter((x) => x !== undefined);
  return chosen.map(
    ({ d, r }): WhenRecord => ({
      text: d.text,
      relativeTo: { kind: 'publication' },
      start: r?.start ?? null,
      end: r?.end ?? null,
      precision: r?.precision ?? 'unknown',
      certainty: 'stated',
    }),
  );
}

function eventsOf(
  reading: SentenceReading,
  span: Omit<EvidenceRecord, 'quote'>,
  ctx: Context,
  state: Reading,
): DraftedEvent[] {
  const trigger = reading.trigger;
  if (!trigger) return [];
  const named: Named[] = reading.actors.map((actor) => ({ actor, id: ctx.entities.add(actor) }));
  const statusHere = statusOf(reading);
  // «بحث …» is talks; on the phone when the clause or the sentence so far says so.
  const type: EventType =
    trigger.generic && (reading.byPhone || state.sentenceType === 'phone-call') ? 'phone-call' : trigger.type;
  // «قد يلتقي»: may meet, a possibility rather than an event.
  if (reading.hedged) return [];
  const people = eventPeople(reading, named, state.lastPeople);
  // Arabic verbs carry their subject: «ومن المقرر أن يزور الإمارات» is the person just reported.
  // Only a verb carries a subject («ومن المقرر أن يزور»); a noun («في زيارة») or what a speaker said
  // («إن الزيارة …») does not.
  const subject =
    people.participants.length === 0 &&
    state.subject &&
    !reading.reported &&
    !reading.backRef &&
    VERB.test(foldPhrase(trigger.word)) &&
    ['planned-visit', 'meeting', 'press-conference', 'phone-call'].includes(type)
      ? ctx.entities.add({ kind: 'person', id: state.subject, surface: '', start: 0, end: 0 })
      : null;
  if (subject) people.participants.push({ entity: subject, role: 'participant' });
  const out: DraftedEvent[] = [];

  // The speaker of «قال … إن» said something too: a statement, unless they are in the event.
  if (people.source && type !== 'statement' && !people.participants.some((p) => p.entity === people.source)) {
    const [when] = datesFor(reading, 0, trigger.start, ctx.published, false);
    out.push({
      type: 'statement',
      status: 'occurred',
      participants: [{ entity: people.source, role: 'participant' }],
      mentions: [],
      place: null,
      evidence: [span],
      when: when ?? state.paragraphDate ?? undated('occurred', ctx.published),
    });
  }
  // Without anyone named, only an event with a date of its own is one («مؤتمر جنيف 2 … في ٢٢ يناير»,
  // «الدورة السابقة في دجنبر 2015»); a bare «المؤتمر» is not.
  const datedHere = reading.dates.some((d) => d.start >= trigger.start);
  if (people.participants.length === 0 && !['decision', 'communique'].includes(type) && !datedHere)
    return out;
  if (type === 'statement' && people.participants.length === 0) return out;

  const whens = datesFor(
    reading,
    reading.speech && people.source ? trigger.start : 0,
    Number.MAX_SAFE_INTEGER,
    ctx.published,
    Boolean(trigger.several),
  );
  applyRoles(reading, named, people.participants, ctx);

  // «خلال الاتصال مع ظريف», «هذا اللقاء»: more words about an event already reported.
  if (reading.backRef && whens.length === 0) {
    const mine = people.participants
      .filter((p) => ctx.entities.kindOf(p.entity) === 'person')
      .map((p) => p.entity);
    const target = [...state.events]
      .reverse()
      .find((e) => e.type === type && mine.every((id) => e.participants.some((p) => p.entity === id)));
    if (target) {
      target.evidence.push(span);
      for (const p of people.participants) {
        const theirs = target.participants.find((x) => x.entity === p.entity);
        if (theirs && p.role !== 'participant') theirs.role = p.role;
      }
      initiatorByState(target.participants, people.participants, ctx);
      return out;
    }
    if (reading.backRef === 'demonstrative') return out;
  }

  if (whens.length === 0) {
    const previous = reading.afterPrevious
      ? [...state.events].reverse().find((e) => e.type === reading.afterPrevious)
      : undefined;
    const base = previous?.when ?? state.paragraphDate;
    if (base) {
      const { start, end, precision } = base;
      whens.push({
        text: null,
        relativeTo: { kind: 'publication' },
        start,
        end,
        precision,
        certainty: 'inferred',
        rule: previous ? AFTER_EVENT_RULE : LAST_DATE_RULE,
      });
    }
  }

  const capital = reading.actors.find((a) => a.kind === 'state' && a.capital);
  const placeState = capital?.kind === 'state' ? ctx.index.state(capital.iso) : undefined;
  let participants = people.participants;
  // A visit: the people travel (guests), the states they go to receive them (hosts); «ومن المقرر أن
  // يزور الإمارات والسعودية» names only where, so the visitor is the person just reported.
  if (type === 'planned-visit') {
    const isState = (id: string) => ctx.entities.kindOf(id) === 'state';
    participants = participants.map((p) =>
      p.role !== 'participant' ? p : { ...p, role: isState(p.entity) ? 'host' : 'guest' },
    );
    if (
      !participants.some((p) => !isState(p.entity)) &&
      state.subject &&
      VERB.test(foldPhrase(trigger.word)) &&
      !reading.reported
    ) {
      const visitor = ctx.entities.add({ kind: 'person', id: state.subject, surface: '', start: 0, end: 0 });
      if (visitor) participants.unshift({ entity: visitor, role: 'guest' });
    }
  }
  if (type === 'planned-visit' && placeState) {
    if (
      !participants.some(
        (p) => p.entity === placeState.id || ctx.entities.countryOf(p.entity) === placeState.iso,
      )
    ) {
      const host = ctx.entities.add({
        kind: 'state',
        iso: placeState.iso,
        capital: false,
        surface: '',
        start: 0,
        end: 0,
      });
      if (host) participants.push({ entity: host, role: 'host' });
    }
  }
  // Talks in a capital: who belongs there hosts, the others are guests.
  if (
    (type === 'meeting' || type === 'press-conference') &&
    placeState &&
    participants.every((p) => p.role === 'participant')
  ) {
    const hosts = participants.filter((p) => ctx.entities.countryOf(p.entity) === placeState.iso);
    if (hosts.length > 0 && hosts.length < participants.length)
      for (const p of participants) p.role = hosts.includes(p) ? 'host' : 'guest';
  }
  const make = (when: WhenRecord | null, parts: ParticipantRecord[]): DraftedEvent => {
    let status = statusHere;
    if (when?.start && when.start > ctx.published && status === 'occurred') status = 'planned';
    return {
      type,
      status,
      participants: parts.map((p) => ({ ...p })),
      mentions: people.mentions,
      place: placeState?.capital ?? null,
      evidence: [span],
      when: when ?? undated(status, ctx.published),
    };
  };
  // Calls are between two: «اتصالين هاتفيين مع نظيريه الأمريكي … والإيراني …» is two calls.
  const pairs =
    type === 'phone-call' && participants.length > 2
      ? participants.slice(1).map((other) => [participants[0] as ParticipantRecord, other])
      : [participants];
  for (const parts of pairs) {
    if (whens.length === 0) out.push(make(null, parts));
    for (const when of whens) out.push(make(when, parts));
  }
  return out;
}

/** Initiator and host from the words around the trigger. */
function applyRoles(
  reading: SentenceReading,
  named: Named[],
  participants: ParticipantRecord[],
  ctx: Context,
) {
  const trigger = reading.trigger;
  if (!trigger) return;
  const after = (at: number | null) =>
    at === null ? [] : named.filter((n) => n.id && n.actor.start >= at).map((n) => n.id as string);
  const set = (id: string, role: ParticipantRecord['role']) => {
    const p = participants.find((x) => x.entity === id);
    if (p) p.role = role;
  };
  if (trigger.role === 'host' && participants.length >= 2) {
    participants.forEach((p, i) => {
      p.role = i === 0 ? 'host' : 'guest';
    });
  }
  for (const id of after(reading.fromAt)) set(id, 'initiator');
  const initiators = after(reading.initiativeAt);
  for (const id of initiators) set(id, 'initiator');
  initiatorByState(
    participants,
    initiators.map((entity) => ({ entity, role: 'initiator' })),
    ctx,
  );
  for (const n of named) {
    if (n.actor.kind === 'person' && n.actor.inferred && n.id) {
      const p = participants.find((x) => x.entity === n.id);
      if (p) p.inferred = { from: n.actor.inferred.from, rule: ctx.entities.rule(n.actor.inferred, n.id) };
    }
  }
}

/** «بمبادرة من الجانب الإيراني»: the participant from that state started it; the state itself is not a participant. */
function initiatorByState(participants: ParticipantRecord[], named: ParticipantRecord[], ctx: Context) {
  for (const n of named) {
    if (n.role !== 'initiator' || ctx.entities.kindOf(n.entity) !== 'state') continue;
    const iso = ctx.entities.countryOf(n.entity);
    const person = participants.find(
      (p) =>
        p.entity !== n.entity &&
        ctx.entities.kindOf(p.entity) === 'person' &&
        ctx.entities.countryOf(p.entity) === iso,
    );
    if (person) {
      person.role = 'initiator';
      const i = participants.findIndex((p) => p.entity === n.entity);
      if (i >= 0) participants.splice(i, 1);
    }
  }
}
