import { describe, expect, it } from 'vitest';
import { readProblem } from './read-problem.ts';

const read = (message: string) => readProblem({ path: 'x', message });

describe('readProblem', () => {
  it('reads the validator messages with the values they name', () => {
    expect(read('no entity with id "lavrof"')).toEqual({ code: 'unknown-entity', values: ['lavrof'] });
    expect(read('precision "month" needs the whole month: 2015-10-01 to 2015-10-31')).toEqual({
      code: 'precision-month',
      values: ['2015-10-01', '2015-10-31'],
    });
    expect(
      read(
        '"أمس" written on 2015-10-27 means 2015-10-26 to 2015-10-26 (day), not 2015-10-25 to 2015-10-25 (day)',
      ),
    ).toEqual({ code: 'date-means', values: ['أمس', '2015-10-26', '2015-10-26', 'day'] });
    expect(read(`"أمس" does not appear in the event's evidence`)).toEqual({
      code: 'date-text-missing',
      values: ['أمس'],
    });
    expect(read('end 2015-10-01 is before start 2015-10-05')).toEqual({
      code: 'interval-order',
      values: ['2015-10-01', '2015-10-05'],
    });
    expect(read('span 22–9999 is outside paragraph 2 (0–87)')).toEqual({
      code: 'evidence-outside',
      values: [],
    });
    expect(read('an inferred date needs the rule that inferred it')).toEqual({
      code: 'inferred-rule',
      values: [],
    });
    expect(read('non-empty text')).toEqual({ code: 'empty', values: [] });
    expect(read('something new')).toEqual({ code: 'invalid', values: [] });
  });

  it('reads zod’s messages: the kind expected and found, the names of unknown fields, the limits', () => {
    expect(read('Invalid input: expected string, received number')).toEqual({
      code: 'wrong-type',
      values: [],
      expected: 'text',
      found: 'number',
    });
    expect(read('Invalid input: expected int, received number')).toEqual({
      code: 'wrong-type',
      values: [],
      expected: 'whole-number',
      found: 'number',
    });
    expect(read('Invalid input: expected object, received bigint')).toEqual({
      code: 'wrong-type',
      values: [],
      expected: 'object',
      found: 'other',
    });
    expect(read('Invalid input: expected array, received undefined')).toEqual({
      code: 'missing',
      values: [],
      expected: 'list',
    });
    expect(read('Invalid option: expected one of "meeting"|"decision"')).toEqual({
      code: 'not-allowed',
      values: [],
    });
    expect(read(`Invalid discriminator value. Expected 'publication' | 'event'`).code).toBe('not-allowed');
    expect(read('Unrecognized keys: "foo", "b\\"ar"')).toEqual({
      code: 'unknown-field',
      values: ['foo', 'b\\"ar'],
    });
    expect(read('Unrecognized key: "colour"')).toEqual({ code: 'unknown-field', values: ['colour'] });
    expect(read('at most 200 characters')).toEqual({ code: 'too-long', values: [], limit: 200 });
    expect(read('at most 50 participants')).toEqual({ code: 'too-many', values: [], limit: 50 });
    expect(read('Too small: expected number to be >=1')).toEqual({ code: 'too-small', values: [], limit: 1 });
    expect(read('Too small: expected string to have >=1 characters')).toEqual({ code: 'empty', values: [] });
    expect(read('at least one evidence span')).toEqual({ code: 'empty-list', values: [] });
    expect(read('a time of day written HH:MM, from 00:00 to 23:59').code).toBe('time-format');
    // A prototype name is not a kind.
    expect(read('Invalid input: expected constructor, received toString')).toEqual({
      code: 'wrong-type',
      values: [],
      expected: 'other',
      found: 'other',
    });
  });
});
