import type { EventRecord, ParticipantRecord, TimeOfDayRecord, WhenRecord } from './article-schema.ts';
import type { EventType, Status } from './vocabulary.ts';

/** An evidence span of a claim, naming the article whose paragraphs it points into. */
export interface ClaimSpan {
  paragraph: number;
  start: number;
  end: number;
  quote?: string;
  article: string;
}

/**
 * What one article says about an event several articles report: kept whole beside the corpus's
 * summary, so the views can show each source and where they differ.
 */
export interface Claim {
  /** The article that says it. */
  article: string;
  /** The event's id in that article's record (ids are the record's own, scoped by article). */
  event: string;
  /** The article's publication day, YYYY-MM-DD. */
  published: string;
  /** The publication instant in ms: its time and offset, or the start of its day (in its zone) without a time. */
  publishedMs: number;
  type: EventType;
  title: EventRecord['title'];
  /** The date as this article has it: expression, interval, precision and certainty. */
  when: WhenRecord;
  /** The time of day as this article has it (schema version 2), or null when it gives none. */
  time: TimeOfDayRecord | null;
  /** The status as of this article's publication. */
  status: Status;
  place: EventRecord['place'];
  participants: readonly ParticipantRecord[];
  mentions: readonly string[];
  /** Who this article says took the first step (a participant with the role initiator), or null. */
  initiator: string | null;
  attribution: readonly string[];
  evidence: readonly ClaimSpan[];
}

/** The fields in which claims may differ, in the order the views list them. */
export const CLAIM_FIELDS = ['type', 'when', 'time', 'status', 'place', 'participants', 'initiator'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** The instant an article was published: `time` and `utcOffset` when given, else the start of its day there. */
export function publicationMs(published: { date: string; time: string | null; utcOffset: string }): number {
  return Date.parse(`${published.date}T${published.time ?? '00:00'}:00${published.utcOffset}`);
}

/** The claim an article's record makes about one of its events. */
export function claimOf(
  article: { id: string; published: { date: string; time: string | null; utcOffset: string } },
  event: Omit<EventRecord, 'evidence' | 'review'> & {
    evidence: readonly { paragraph: number; start: number; end: number; quote?: string }[];
  },
  publishedMs: number = publicationMs(article.published),
): Claim {
  return {
    article: article.id,
    event: event.id,
    published: article.published.date,
    publishedMs,
    type: event.type,
    title: event.title,
    when: event.when,
    time: event.time ?? null,
    status: event.status,
    place: event.place,
    participants: event.participants,
    mentions: event.mentions,
    initiator: event.participants.find((p) => p.role === 'initiator')?.entity ?? null,
    attribution: event.attribution,
    evidence: event.evidence.map((span) => ({ ...span, article: article.id })),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ties between claims are broken by article id, then by the record's event id: never by load order. */
export function compareClaimIds(a: Claim, b: Claim): number {
  return byText(a.article, b.article) || byText(a.event, b.event);
}

/** Claims in the corpus's order: earliest publication first, ties by article id then event id. */
export function compareClaims(a: Claim, b: Claim): number {
  return a.publishedMs - b.publishedMs || compareClaimIds(a, b);
}

/** How many of `list` are `entity` in `role`. */
function countOf(list: readonly ParticipantRecord[], entity: string, role: string): number {
  let n = 0;
  for (const p of list) if (p.entity === entity && p.role === role) n++;
  return n;
}

/** The same people in the same roles as often, in any order (a record lists a handful at most). */
function sameParticipants(a: readonly ParticipantRecord[], b: readonly ParticipantRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (const p of a) if (countOf(a, p.entity, p.role) !== countOf(b, p.entity, p.role)) return false;
  return true;
}

/** Whether two claims agree on a field (both give it). */
const AGREE: Record<ClaimField, (a: Claim, b: Claim) => boolean> = {
  type: (a, b) => a.type === b.type,
  when: (a, b) => a.when.start === b.when.start && a.when.end === b.when.end,
  time: (a, b) =>
    a.time?.start === b.time?.start &&
    a.time?.end === b.time?.end &&
    a.time?.part === b.time?.part &&
    a.time?.timeZone === b.time?.timeZone,
  status: (a, b) => a.status === b.status,
  place: (a, b) => a.place?.en === b.place?.en && a.place?.ar === b.place?.ar,
  participants: (a, b) => sameParticipants(a.participants, b.participants),
  initiator: (a, b) => (a.initiator ?? '') === (b.initiator ?? ''),
};

/** Whether a claim gives a field: a claim that gives no place or time of day contradicts none that does. */
const gives = (claim: Claim, field: ClaimField) =>
  field === 'time' ? claim.time !== null : field === 'place' ? Boolean(claim.place) : true;

/**
 * The fields in which the claims differ. A claim that gives no place or time of day does not
 * contradict one that does; attribution is each outlet's own chain, so differing chains are no disagreement.
 */
export function claimDisagreements(claims: readonly Claim[]): ClaimField[] {
  // Worked out for every merged event the timeline draws (a fifth of 100,000): each claim is compared
  // with the first that gives the field, field by field, without building keys.
  const fields: ClaimField[] = [];
  for (const field of CLAIM_FIELDS) {
    const agree = AGREE[field];
    let first: Claim | null = null;
    for (const claim of claims) {
      if (!gives(claim, field)) continue;
      if (first === null) first = claim;
      else if (!agree(first, claim)) {
        fields.push(field);
        break;
      }
    }
  }
  return fields;
}

const disagreementsOf = new WeakMap<readonly Claim[], ClaimField[]>();

/** The fields an event's claims differ in (none for an event one article reports), worked out once. */
export function eventDisagreements(event: { claims?: readonly Claim[] }): readonly ClaimField[] {
  const { claims } = event;
  if (!claims) return NONE;
  let fields = disagreementsOf.get(claims);
  if (!fields) {
    fields = claimDisagreements(claims);
    disagreementsOf.set(claims, fields);
  }
  return fields;
}

const NONE: readonly ClaimField[] = Object.freeze([]);

/**
 * For an event that reports once saw ahead as planned and later ones as having happened: the day the
 * plan named, when it is not the day shown (the latest such plan; a tie to the smaller article id).
 * The timeline draws both moments. Null when no plan named another day.
 */
export function plannedMoment(event: {
  claims?: readonly Claim[];
  status: Status;
  when: Pick<WhenRecord, 'start' | 'end'>;
}): { claim: Claim; start: string } | null {
  if (!event.claims || event.status === 'planned') return null;
  let found: Claim | null = null;
  for (const claim of event.claims) {
    const { start } = claim.when;
    if (claim.status !== 'planned' || start === null) continue;
    if (start === event.when.start && claim.when.end === event.when.end) continue;
    if (
      !found ||
      claim.publishedMs > found.publishedMs ||
      (claim.publishedMs === found.publishedMs && compareClaimIds(claim, found) < 0)
    ) {
      found = claim;
    }
  }
  return found && found.when.start !== null ? { claim: found, start: found.when.start } : null;
}
