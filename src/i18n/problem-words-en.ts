import { formatNumber } from '../model/format-date.ts';
import type { ValueKind } from '../model/read-problem.ts';
import { plural } from './plural.ts';
import type { ProblemMessages } from './problem-words.ts';

const KINDS: Record<ValueKind, string> = {
  text: 'text',
  number: 'a number',
  'whole-number': 'a whole number',
  'true-false': 'true or false',
  list: 'a list',
  object: 'an object',
  null: 'null',
  other: 'another kind of value',
};

const kind = (k: ValueKind | undefined) => KINDS[k ?? 'other'];

/** A record's problems in English. */
export const PROBLEMS_EN: ProblemMessages = {
  field: (path) => `Field ${path}:`,
  record: 'The whole record:',
  codes: {
    missing: ({ expected }) => `A required field is missing; it should hold ${kind(expected)}.`,
    'wrong-type': ({ expected, found }) => `Expected ${kind(expected)}, found ${kind(found)}.`,
    'not-allowed': () => 'Not one of the allowed values.',
    'unknown-field': ({ values }) =>
      values.length === 0
        ? 'A field the schema does not know.'
        : `${plural('en', values.length, {
            one: 'A field the schema does not know',
            other: 'Fields the schema does not know',
          })}: ${values.join(', ')}.`,
    'too-long': ({ limit = 0 }) =>
      `Longer than allowed: at most ${plural('en', limit, { one: '# character', other: '# characters' })}.`,
    'too-many': ({ limit = 0 }) =>
      `More than allowed: at most ${plural('en', limit, { one: '# item', other: '# items' })}.`,
    'too-small': ({ limit = 0 }) => `Smaller than allowed: the least is ${formatNumber(limit, 'en')}.`,
    'empty-list': () => 'The list is empty; it needs at least one item.',
    'id-format': () => 'Not a valid id: lower-case Latin letters, digits and hyphens.',
    'url-format': () => 'Not a web address (https:// or http://).',
    'country-code': () => 'Not a country code: two capital Latin letters.',
    'time-zone': () => 'Not the name of a known time zone.',
    'utc-offset': () => 'Not a valid offset from UTC.',
    'unknown-entity': ({ values: [id] }) => `No entity has the id “${id}”.`,
    'evidence-outside': () => 'The evidence lies outside its paragraph’s text.',
    'quote-differs': () => 'The evidence quote differs from the text.',
    'interval-order': () => 'The end is before the start.',
    'precision-day': () => 'Precision “day” needs start and end on the same day.',
    'precision-month': ({ values: [first, last] }) =>
      first
        ? `Precision “month” needs the whole month: ${first} to ${last}.`
        : 'Precision “month” needs a start and an end.',
    'precision-year': ({ values: [first, last] }) =>
      first
        ? `Precision “year” needs the whole year: ${first} to ${last}.`
        : 'Precision “year” needs a start and an end.',
    'precision-range': () => 'A range open at both ends has precision “unknown”.',
    'precision-unknown': () => 'Precision “unknown” means no start and no end.',
    'date-means': ({ values: [text, start, end] }) =>
      `“${text}” on the publication day means ${start} to ${end}.`,
    'date-text-missing': ({ values: [text] }) => `“${text}” is not in the event’s evidence.`,
    'inferred-rule': () => 'An inferred date needs the rule that inferred it.',
    'outside-note': () => 'A date from an outside source needs a note citing it.',
    'other-event': ({ values: [id] }) => `No other event has the id “${id}”.`,
    'duplicate-id': ({ values: [id] }) => `The id “${id}” is used twice.`,
    empty: () => 'A required field is empty.',
    'date-format': () => 'Not a valid date.',
    'time-format': () => 'Not a valid time.',
    invalid: () => 'Not a valid value.',
  },
};
