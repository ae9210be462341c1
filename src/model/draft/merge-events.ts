import type { DraftedEvent } from './build-events.ts';

const people = (e: DraftedEvent) => new Set(e.participants.map((p) => p.entity));
const sameInterval = (a: DraftedEvent, b: DraftedEvent) =>
  a.when.start === b.when.start && a.when.end === b.when.end && a.when.precision === b.when.precision;
const undatedOrInferred = (e: DraftedEvent) => e.when.certainty !== 'stated';

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** A reading being merged, with what comparing it needs computed once. */
interface Entry {
  event: DraftedEvent;
  people: Set<string>;
  /** The last paragraph its evidence is in. */
  paragraph: number;
}

// Readings of one event sit near each other: a reading with an inferred date joins one at most this many
// paragraphs back, and only this many earlier readings of a type are compared (a long text stays linear).
const NEAR = 3;
const RECENT = 40;

const entryOf = (event: DraftedEvent): Entry => ({
  event,
  people: people(event),
  paragraph: Math.max(...event.evidence.map((s) => s.paragraph)),
});

/**
 * Whether two readings report one event: same type and status, the same people (or the fewer of them
 * all among the others, when at least two), and the same stated date, or one of them only inferred and
 * the two close in the text. The subheading, the lede and the paragraph that quotes the statement often
 * all report one call.
 */
function sameEvent(a: Entry, b: Entry): boolean {
  const small = a.people.size <= b.people.size ? a.people : b.people;
  const large = small === a.people ? b.people : a.people;
  const peopleAgree =
    a.event.type === 'statement'
      ? subset(a.people, b.people) && subset(b.people, a.people)
      : small.size >= 2 && subset(small, large);
  if (!peopleAgree) return false;
  if (sameInterval(a.event, b.event)) return true;
  const inferred = undatedOrInferred(a.event) || undatedOrInferred(b.event);
  return inferred && Math.abs(a.paragraph - b.paragraph) <= NEAR;
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
  const merged: Entry[] = [];
  const byKind = new Map<string, Entry[]>();
  for (const event of events) {
    const entry = entryOf(event);
    const kind = `${event.type}|${event.status}`;
    const same = byKind.get(kind) ?? [];
    byKind.set(kind, same);
    const match = same.slice(-RECENT).find((m) => sameEvent(m, entry));
    if (match) {
      const joined = entryOf(union(match.event, event));
      merged[merged.indexOf(match)] = joined;
      same[same.indexOf(match)] = joined;
    } else {
      merged.push(entry);
      same.push(entry);
    }
  }
  return pressConferenceStatementsFolded(merged.map((m) => m.event));
}

/** What a speaker said at a press conference of that day is the press conference. */
function pressConferenceStatementsFolded(merged: DraftedEvent[]): DraftedEvent[] {
  const conferences = merged.filter((e) => e.type === 'press-conference');
  return merged.filter(
    (e) =>
      e.type !== 'statement' ||
      !conferences.some(
        (other) =>
          other.participants.some((p) => p.entity === e.participants[0]?.entity) &&
          (sameInterval(other, e) || undatedOrInferred(e)),
      ),
  );
}
