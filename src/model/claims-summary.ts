import type { ParticipantRecord, WhenRecord } from './article-schema.ts';
import { dayStartMs } from './calendar-date.ts';
import { type Claim, compareClaimIds, compareClaims } from './claims.ts';
import { distinct } from './distinct.ts';
import type { Certainty } from './vocabulary.ts';

/** The value the corpus shows for an event several articles report, chosen from their claims. */
export interface ClaimSummary {
  /** The claim whose status and type are shown (see summariseClaims). */
  lead: Claim;
  /** The claim whose date is shown. */
  dated: Claim;
  type: Claim['type'];
  title: Claim['title'];
  status: Claim['status'];
  when: WhenRecord;
  place: Claim['place'];
  participants: ParticipantRecord[];
  mentions: string[];
  attribution: string[];
}

const CERTAINTY_RANK: Record<Certainty, number> = { stated: 0, inferred: 1, outside: 2 };

const startOf = (when: Pick<WhenRecord, 'start'>) => (when.start ? dayStartMs(when.start) : -Infinity);
const endOf = (when: Pick<WhenRecord, 'end'>) => (when.end ? dayStartMs(when.end) : Infinity);
const width = (when: WhenRecord) => endOf(when) - startOf(when);
const overlaps = (a: WhenRecord, b: WhenRecord) => startOf(a) <= endOf(b) && startOf(b) <= endOf(a);

/**
 * The claim whose date is shown: a plan's date gives way to any report that the event happened (or
 * is under way), as a plan says when it was meant to be; then the most certain (stated over inferred
 * over outside); among those, the narrowest interval that overlaps every other claim's (all of them,
 * when none does); a tie goes to the smaller article id.
 */
export function datedClaim(all: readonly Claim[]): Claim {
  const reported = all.filter((c) => c.status !== 'planned');
  const claims = reported.length > 0 ? reported : all;
  const best = Math.min(...claims.map((c) => CERTAINTY_RANK[c.when.certainty]));
  const sure = claims.filter((c) => CERTAINTY_RANK[c.when.certainty] === best);
  const consistent = sure.filter((c) => claims.every((other) => overlaps(c.when, other.when)));
  const pool = consistent.length > 0 ? consistent : sure;
  return pool.reduce((a, b) => {
    const d = width(a.when) - width(b.when);
    return d < 0 || (d === 0 && compareClaimIds(a, b) <= 0) ? a : b;
  });
}

/**
 * The claim whose status stands: the latest report published on or after the day the event began
 * (an open start counts as begun), else the latest report of all; a tie goes to the smaller article id.
 * A report from before the event can only say what was planned; a later one knows what happened.
 */
export function leadClaim(claims: readonly Claim[], when: Pick<WhenRecord, 'start'>): Claim {
  const after = claims.filter((c) => when.start === null || c.published >= when.start);
  const pool = after.length > 0 ? after : claims;
  return pool.reduce((a, b) =>
    a.publishedMs > b.publishedMs || (a.publishedMs === b.publishedMs && compareClaimIds(a, b) <= 0) ? a : b,
  );
}

// A role that says how someone took part says more than "participant".
const NAMED = (role: ParticipantRecord['role']) => role !== 'participant';

/**
 * Which claims a summary takes its values from, by their place in the claims: `dated` gives the date,
 * `titled` the title, and `order` is every claim in the order the rest are read, the lead (status,
 * type, first place) first. The build works it out once and ships it in the shard's plan
 * (corpus-plan.ts), as the summary's choosing was a third of the time to build a corpus.
 */
export interface ClaimChoice {
  dated: number;
  titled: number;
  order: number[];
}

/** The choice summariseClaims makes (see there). */
export function chooseClaims(claims: readonly Claim[]): ClaimChoice {
  const dated = datedClaim(claims);
  const lead = leadClaim(claims, dated.when);
  const rest = claims.filter((c) => c !== lead).sort(compareClaimIds);
  const titled = claims
    .filter((c) => c.type === lead.type)
    .reduce((a, b) => (compareClaims(b, a) < 0 ? b : a));
  return {
    dated: claims.indexOf(dated),
    titled: claims.indexOf(titled),
    order: [lead, ...rest].map((c) => claims.indexOf(c)),
  };
}

/**
 * The summary of `claims` by a choice made before (chooseClaims), or null when the choice does not fit
 * them: an index out of range, or an order that is not every claim once.
 */
export function summaryByChoice(claims: readonly Claim[], choice: ClaimChoice): ClaimSummary | null {
  const { dated, titled, order } = choice;
  const n = claims.length;
  const seen = new Set(order);
  const fits = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  if (!fits(dated) || !fits(titled) || order.length !== n || seen.size !== n || !order.every(fits)) {
    return null;
  }
  return summaryOf(
    claims[dated] as Claim,
    claims[titled] as Claim,
    order.map((i) => claims[i] as Claim),
  );
}

/**
 * The summary of several claims, which depends on the set of claims only:
 * - date: datedClaim; status and type: leadClaim (for the shown date); title: the earliest report
 *   of that type (publication, then article id), so an event keeps its first report's title;
 * - place: the lead claim's, else the first given by article id;
 * - participants: everyone any claim names, in the lead claim's order then by article id; a named
 *   role (initiator, host, guest) over "participant", else the lead's, else the smaller article id's;
 * - mentions: anyone mentioned and not taking part; attribution: every chain's links, each once.
 */
export function summariseClaims(claims: readonly Claim[]): ClaimSummary {
  const { dated, titled, order } = chooseClaims(claims);
  return summaryOf(
    claims[dated] as Claim,
    claims[titled] as Claim,
    order.map((i) => claims[i] as Claim),
  );
}

/** The summary given its dated and titled claims and every claim in reading order, the lead first. */
function summaryOf(dated: Claim, titled: Claim, ordered: readonly Claim[]): ClaimSummary {
  const [lead, ...rest] = ordered as [Claim, ...Claim[]];
  const participants = new Map<string, ParticipantRecord>();
  for (const claim of ordered) {
    for (const p of claim.participants) {
      const known = participants.get(p.entity);
      if (!known || (!NAMED(known.role) && NAMED(p.role))) participants.set(p.entity, p);
    }
  }
  const union = (lists: (c: Claim) => readonly string[]) => distinct(ordered.map(lists));
  return {
    lead,
    dated,
    type: lead.type,
    title: titled.title,
    status: lead.status,
    when: dated.when,
    place: lead.place ?? rest.find((c) => c.place)?.place ?? null,
    participants: [...participants.values()],
    mentions: union((c) => c.mentions).filter((id) => !participants.has(id)),
    attribution: union((c) => c.attribution),
  };
}
