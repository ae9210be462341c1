import type { Problem } from '../model/validate-article.ts';

/** The parts of an event card a problem can be shown beside. */
export type EventField =
  | 'title'
  | 'type'
  | 'status'
  | 'place'
  | 'participants'
  | 'when'
  | 'evidence'
  | 'other';

/** The metadata fields a problem can be shown beside. */
export type MetaField = 'source' | 'url' | 'date' | 'time' | 'timeZone' | 'text' | 'other';

/** Where in the editor a validator problem belongs. */
export type ProblemTarget =
  | { at: 'event'; event: number; field: EventField }
  | { at: 'meta'; field: MetaField }
  | { at: 'record' };

const EVENT_FIELDS = new Map<string, EventField>([
  ['title', 'title'],
  ['type', 'type'],
  ['status', 'status'],
  ['place', 'place'],
  ['participants', 'participants'],
  ['mentions', 'participants'],
  ['attribution', 'participants'],
  ['when', 'when'],
  ['evidence', 'evidence'],
]);

const META_FIELDS = new Map<string, MetaField>([
  ['source.name', 'source'],
  ['source.url', 'url'],
  ['published.date', 'date'],
  ['published.time', 'time'],
  ['published.timeZone', 'timeZone'],
  ['published.utcOffset', 'timeZone'],
  ['headline', 'text'],
  ['paragraphs', 'text'],
]);

/** Where a validator path such as "events.3.when.end" is shown: event 3's date. */
export function targetOf(path: string): ProblemTarget {
  const parts = path.split('.');
  if (parts[0] === 'events' && parts.length >= 2 && /^\d+$/.test(parts[1] as string)) {
    return { at: 'event', event: Number(parts[1]), field: EVENT_FIELDS.get(parts[2] ?? '') ?? 'other' };
  }
  const meta = META_FIELDS.get(parts.slice(0, 2).join('.')) ?? META_FIELDS.get(parts[0] as string);
  return meta ? { at: 'meta', field: meta } : { at: 'record' };
}

/** What kind of problem, for a message in the interface language; values fill its blanks. */
export type ProblemCode =
  | 'unknown-entity'
  | 'evidence-outside'
  | 'quote-differs'
  | 'interval-order'
  | 'precision-day'
  | 'precision-month'
  | 'precision-year'
  | 'precision-range'
  | 'precision-unknown'
  | 'date-means'
  | 'date-text-missing'
  | 'inferred-rule'
  | 'outside-note'
  | 'other-event'
  | 'duplicate-id'
  | 'empty'
  | 'date-format'
  | 'time-format'
  | 'invalid';

/** A problem read for translation: its code and the values its message names. */
export interface ReadProblem {
  code: ProblemCode;
  values: string[];
}

// The validator's messages, in its words; the groups are the values the translation repeats.
const PATTERNS: [RegExp, ProblemCode][] = [
  [/^no entity with id "(.*)"$/, 'unknown-entity'],
  [/^no paragraph /, 'evidence-outside'],
  [/^span .* is (?:outside paragraph|empty|reversed)/, 'evidence-outside'],
  [/^quote differs from the text/, 'quote-differs'],
  [/^end (\S+) is before start (\S+)$/, 'interval-order'],
  [/^precision "day" needs/, 'precision-day'],
  [
    /^precision "month" needs the whole month: (\S+) to (\S+)$|^precision "month" needs both/,
    'precision-month',
  ],
  [/^precision "year" needs the whole year: (\S+) to (\S+)$|^precision "year" needs both/, 'precision-year'],
  [/^a range open at both ends/, 'precision-range'],
  [/^precision "unknown" needs/, 'precision-unknown'],
  [/^"(.*)" written on \S+ means (\S+) to (\S+) \((\w+)\), not/, 'date-means'],
  [/^"(.*)" does not appear in the event's evidence$/, 'date-text-missing'],
  [/^an inferred date needs the rule/, 'inferred-rule'],
  [/^a date from an outside source needs a note|^no note with id/, 'outside-note'],
  [/^no other event with id "(.*)"$/, 'other-event'],
  [/^duplicate id "(.*)"$/, 'duplicate-id'],
  [/^non-empty text$|^Too small/, 'empty'],
  [/^a date written YYYY-MM-DD$|^a date that exists in the calendar$/, 'date-format'],
  [/^a time written HH:MM$/, 'time-format'],
];

/** The code and values of a validator problem; "invalid" when its message is not one the editor knows. */
export function readProblem(problem: Problem): ReadProblem {
  for (const [pattern, code] of PATTERNS) {
    const match = pattern.exec(problem.message);
    if (match) return { code, values: match.slice(1).filter((v) => v !== undefined) };
  }
  return { code: 'invalid', values: [] };
}
