import type { DraftedEvent } from './build-events.ts';

const people = (e: DraftedEvent) => new Set(e.participants.map((p) => p.entity));
const sameInterval = (a: DraftedEvent, b: DraftedEvent) =>
  a.when.start === b.when.start && a.when.end === b.when.end && a.when.precision === b.when.precision;
const undatedOrInferred = (e: DraftedEvent) => e.when.certainty !== 'stated';

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Whether two readings report one event: same type and status, the same people (or the fewer of them
 * all among the others, when at least two), and dates that agree or one of them only inferred. The
 * headline-like subheading, the lede and the paragraph that quotes the statement often all report one
 * call.
 */
function sameEvent(a: DraftedEvent, b: DraftedEvent): boolean {
  if (a.type !== b.type || a.status !== b.status) return false;
  const pa = people(a);
  const pb = people(b);
  const small = pa.size <= pb.size ? pa : pb;
  const large = small === pa ? pb : pa;
  const peopleAgree =
    a.type === 'statement' ? subset(pa, pb) && subset(pb, pa) : small.size >= 2 && subset(small, large);
  if (!peopleAgree) return false;
  return sameInterval(a, b) || undatedOrInferred(a) || undatedOrInferred(b);
}

function union(a: DraftedEvent, b: DraftedEvent): DraftedEvent {
  const keep = b.when.certainty === 'stated' && a.when.certainty !== 'stated' ? b : a;
  const participants = [...a.participants];
  for (const p of b.participants) {
    const mine = participants.find((x) => x.entity === p.entity);
    if (!mine) participants.push({ ...p });
    else if (mine.role === 'participant' && p.role !== 'participant') mine.role = p.role;
  }
  const evidence = [...a.evidence];
  for (const span of b.evidence) {
    const overlaps = evidence.some(
      (e) => e.paragraph === span.paragraph && e.start < span.end && span.start < e.end,
    );
    if (!overlaps) evidence.push(span);
  }
  return {
    ...keep,
    participants,
    mentions: [...new Set([...a.mentions, ...b.mentions])].filter(
      (m) => !participants.some((p) => p.entity === m),
    ),
    place: a.place ?? b.place,
    evidence,
  };
}

/**
 * Folds the readings that report one event into one, in text order; then drops statements made at a
 * press conference of the same day that the draft already has (what Lavrov said at the press
 * conference is the press conference).
 */
export function mergeEvents(events: DraftedEvent[]): DraftedEvent[] {
  const merged: DraftedEvent[] = [];
  for (const event of events) {
    const i = merged.findIndex((m) => sameEvent(m, event));
    if (i >= 0) merged[i] = union(merged[i] as DraftedEvent, event);
    else merged.push(event);
  }
  return merged.filter(
    (e) =>
      e.type !== 'statement' ||
      !merged.some(
        (other) =>
          other.type === 'press-conference' &&
          other.participants.some((p) => p.entity === e.participants[0]?.entity) &&
          (sameInterval(other, e) || undatedOrInferred(e)),
      ),
  );
}
