import type { Problem } from './validate-article.ts';

/**
 * The path of a problem with the record as a whole rather than one field. Here, not beside the
 * validator, so that the views that word problems never bring the schema into a page's first load.
 */
export const WHOLE_RECORD = '(record)';

/** What kind of problem, for a message in the interface language; values fill its blanks. */
export type ProblemCode =
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'unknown-field'
  | 'too-long'
  | 'too-many'
  | 'too-small'
  | 'empty-list'
  | 'id-format'
  | 'url-format'
  | 'country-code'
  | 'time-zone'
  | 'utc-offset'
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

/** The kinds of JSON value a field can hold, as a message names them ("other" for anything else). */
export type ValueKind =
  | 'text'
  | 'number'
  | 'whole-number'
  | 'true-false'
  | 'list'
  | 'object'
  | 'null'
  | 'other';

/** A problem read for translation: its code, what it quotes from the record, and what it counts or names. */
export interface ReadProblem {
  code: ProblemCode;
  /** Text quoted from the record or the validator (ids, words, dates, field names), shown as given. */
  values: string[];
  /** The limit a "too long", "too many" or "too small" problem names. */
  limit?: number;
  /** For a missing field or a value of the wrong kind: the kind the schema expects. */
  expected?: ValueKind;
  /** For a value of the wrong kind: the kind the record holds. */
  found?: ValueKind;
}

// zod's names for the types it expects and finds (its English messages, zod 4), as kinds.
const KINDS: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'true-false',
  array: 'list',
  object: 'object',
  null: 'null',
};

const kindOf = (name: string): ValueKind =>
  Object.hasOwn(KINDS, name) ? (KINDS[name] as ValueKind) : 'other';

/** The names in a zod list such as `"foo", "bar"`, without their quotes. */
const quotedNames = (list: string) => [...list.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] as string);

type Reader = (match: RegExpExecArray) => Omit<ReadProblem, 'code'>;

const quoted: Reader = (match) => ({ values: match.slice(1).filter((v) => v !== undefined) });
const limited: Reader = (match) => ({ values: [], limit: Number(match[1]) });

// The messages of the validator and of zod, in their words; the readers take out what a translation repeats.
const PATTERNS: [RegExp, ProblemCode, Reader?][] = [
  [
    /^Invalid input: expected (\w+), received undefined$/,
    'missing',
    (m) => ({ values: [], expected: kindOf(m[1] as string) }),
  ],
  [
    /^Invalid input: expected (\w+), received (\w+)$/,
    'wrong-type',
    (m) => ({ values: [], expected: kindOf(m[1] as string), found: kindOf(m[2] as string) }),
  ],
  [/^Invalid option: |^Invalid discriminator value|^Invalid input: expected "/, 'not-allowed'],
  [/^Unrecognized keys?: (.*)$/s, 'unknown-field', (m) => ({ values: quotedNames(m[1] as string) })],
  [
    /^at most (\d+) characters$|^Too big: expected string to have <=(\d+)/,
    'too-long',
    (m) => ({ values: [], limit: Number(m[1] ?? m[2]) }),
  ],
  [/^at most (\d+) (?:participants|mentioned entities|attributions|members)$/, 'too-many', limited],
  [/^Too small: expected number to be >=(-?\d+)$/, 'too-small', limited],
  [
    /^at least one (?:evidence span|source|paragraph)$|^Too small: expected array to have >=1 items$/,
    'empty-list',
  ],
  [/^an id of lower-case Latin letters/, 'id-format'],
  [/^an https:\/\/ or http:\/\/ address$/, 'url-format'],
  [/^an ISO 3166-1 alpha-2 country code/, 'country-code'],
  [/^an IANA time zone name/, 'time-zone'],
  [/^an offset written \+HH:MM/, 'utc-offset'],
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
  [/^non-empty text$|^Too small: expected string to have >=1 characters$/, 'empty'],
  [/^a date written YYYY-MM-DD$|^a date that exists in the calendar$/, 'date-format'],
  [/^a time written HH:MM$|^a time of day written HH:MM/, 'time-format'],
];

/**
 * The code and values of a validator problem, read from its message (the validator's own and zod's,
 * which are English); "invalid" when the message is not one Rasd knows. The editor and the explorer
 * both word problems from this, each in its interface language.
 */
export function readProblem(problem: Problem): ReadProblem {
  for (const [pattern, code, read = quoted] of PATTERNS) {
    const match = pattern.exec(problem.message);
    if (match) return { code, ...read(match) };
  }
  return { code: 'invalid', values: [] };
}
