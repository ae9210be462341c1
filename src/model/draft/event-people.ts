import type { ParticipantRecord } from '../article-schema.ts';
import type { Actor } from './find-actors.ts';
import type { SentenceReading } from './read-sentence.ts';

/** An actor of the clause with the entity id it was given. */
export interface Named {
  actor: Actor;
  id: string | null;
}

/** Who took part in the clause's event, who is only mentioned, and who said it. */
export interface EventPeople {
  participants: ParticipantRecord[];
  mentions: string[];
  /** The speaker whose words report the event («قال X إن Y التقى Z»): a source, not a participant. */
  source: string | null;
}

const PLACED = new Set([
  'meeting',
  'planned-visit',
  'press-conference',
  'phone-call',
  'agreement',
  'communique',
]);
// «بحث الأوضاع في سوريا», «محادثات حول ليبيا»: a state after these words is what is talked about.
const TOPIC = /(?:^|[\s،,])(?:في|حول|بشأن|بشان|تجاه|إزاء|ازاء|لدعم|على)\s+$/;
const topic = (reading: SentenceReading, n: Named) =>
  n.actor.kind !== 'person' &&
  reading.trigger?.type !== 'planned-visit' &&
  TOPIC.test(reading.text.slice(Math.max(0, n.actor.start - 8), n.actor.start));
const isPerson = (n: Named) => n.actor.kind === 'person' && n.id !== null;
const unique = (ids: string[]) => [...new Set(ids)];

/** The first actor and those that follow it joined only by «و» or a comma. */
function leadingGroup(text: string, actors: Named[]): Named[] {
  const sorted = [...actors].sort((a, b) => a.actor.start - b.actor.start);
  const group = sorted.slice(0, 1);
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice((sorted[i - 1] as Named).actor.end, (sorted[i] as Named).actor.start);
    if (!/^\s*[و،,]?\s*و?$/.test(gap)) break;
    group.push(sorted[i] as Named);
  }
  return group;
}

/**
 * Places the people of a clause around its trigger:
 * - «قال X إن …»: a speaker followed by «أن/إن» before the trigger reports the event, not in it;
 * - «… بين بوتين وملك السعودية»: after «بين» come the participants, and only they;
 * - «… مع نظيره …»: the subject before «مع» and the people after it;
 * - a dual verb with no subject («التقيا») or «الوزيران» means the two people just reported.
 */
export function eventPeople(reading: SentenceReading, named: Named[], lastPeople: string[]): EventPeople {
  const trigger = reading.trigger;
  if (!trigger) return { participants: [], mentions: [], source: null };
  // Whoever the clause names after «وفق ما أعلنه» is its source.
  const cut = reading.sourceAt;
  const inEvent = (n: Named) => cut === null || n.actor.start < cut;
  const people = named.filter((n) => isPerson(n) && inEvent(n));
  const others = unique(
    named
      // A capital is where talks and visits happen, but the state itself when it decides or says:
      // «قرار واشنطن».
      .filter(
        (n) =>
          !isPerson(n) &&
          n.id &&
          inEvent(n) &&
          !topic(reading, n) &&
          !(n.actor.kind === 'state' && n.actor.capital && PLACED.has(trigger.type)),
      )
      .map((n) => n.id as string),
  );

  let source: string | null = null;
  const speech = reading.speech;
  if (speech && trigger.type !== 'statement' && speech.start < trigger.start) {
    const speaker = people.find((n) => n.actor.start >= speech.end);
    const that = reading.thatAt.find((t) => speaker && t > speaker.actor.start && t < trigger.start);
    // «أعلن فابيوس أنه سيزور طهران»: «أنه» with no one named after it is the speaker himself.
    const self =
      that !== undefined &&
      reading.thatSelfAt.includes(that) &&
      !people.some((n) => n.actor.start > that && n.actor.start < trigger.start);
    if (speaker && that !== undefined && !self) source = speaker.id;
  }
  const candidates = people.filter((n) => n.id !== source);
  let chosen: string[];
  const between = reading.betweenAt.find(
    (b) => b > trigger.start && candidates.some((n) => n.actor.start > b),
  );
  const withAt = reading.withAt.find((w) => candidates.some((n) => n.actor.start > w));
  if (between !== undefined) {
    chosen = candidates.filter((n) => n.actor.start > between).map((n) => n.id as string);
  } else if (withAt !== undefined && trigger.type !== 'statement') {
    const subject = candidates.find((n) => n.actor.start < withAt);
    const partners = candidates.filter((n) => n.actor.start > withAt).map((n) => n.id as string);
    chosen = subject ? [subject.id as string, ...partners] : partners;
  } else {
    chosen = candidates.map((n) => n.id as string);
  }
  // «أجرى الوزيران اتصالين», «بحث الوزيران أمس»: the anaphor is the subject, near the trigger; one
  // further on («لقاء بين قائدي الطرفين») names other people.
  const anaphor = named.some((n) => n.actor.kind === 'anaphor' && n.actor.start < trigger.end + 24);
  const noSubject = trigger.dual && !candidates.some((n) => n.actor.start < trigger.start);
  if ((anaphor || noSubject) && lastPeople.length > 0) chosen = [...lastPeople, ...chosen];
  chosen = unique(chosen);
  if (trigger.type === 'statement') chosen = chosen.slice(0, 1);

  const everyone = unique([...named.filter((n) => isPerson(n)).map((n) => n.id as string), ...others]);
  if (chosen.length === 0 && trigger.type !== 'statement') chosen = others;
  // «قررت الجامعة العربية تعليق عضوية سورية», «قطعت السعودية والإمارات … علاقاتها مع قطر»: who
  // decides is the first name and those joined to it by «و»; the rest is what the decision is about.
  if (trigger.type === 'decision' && people.length === 0 && chosen.length > 1) {
    const group = leadingGroup(
      reading.text,
      named.filter((n) => n.id && chosen.includes(n.id)),
    );
    chosen = unique(group.map((n) => n.id as string));
  }
  const participants = chosen.map((entity) => ({ entity, role: 'participant' as const }));
  return { participants, mentions: everyone.filter((id) => !chosen.includes(id)), source };
}
