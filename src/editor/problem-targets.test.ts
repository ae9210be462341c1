import { describe, expect, it } from 'vitest';
import { readProblem, targetOf } from './problem-targets.ts';

describe('targetOf', () => {
  it('maps event paths to the card field they concern', () => {
    expect(targetOf('events.3.when.end')).toEqual({ at: 'event', event: 3, field: 'when' });
    expect(targetOf('events.0.participants.1.entity')).toEqual({
      at: 'event',
      event: 0,
      field: 'participants',
    });
    expect(targetOf('events.12.evidence.0.quote')).toEqual({ at: 'event', event: 12, field: 'evidence' });
    expect(targetOf('events.2.attribution.0')).toEqual({ at: 'event', event: 2, field: 'participants' });
    expect(targetOf('events.2.sameAs.0.article')).toEqual({ at: 'event', event: 2, field: 'other' });
  });

  it('maps the article fields to the metadata form, anything else to the record', () => {
    expect(targetOf('published.date')).toEqual({ at: 'meta', field: 'date' });
    expect(targetOf('source.url')).toEqual({ at: 'meta', field: 'url' });
    expect(targetOf('paragraphs')).toEqual({ at: 'meta', field: 'text' });
    expect(targetOf('entities.4.id')).toEqual({ at: 'record' });
    expect(targetOf('(record)')).toEqual({ at: 'record' });
    expect(targetOf('__proto__.x')).toEqual({ at: 'record' });
    expect(targetOf('events.x.when')).toEqual({ at: 'record' });
  });
});

describe('readProblem', () => {
  const read = (message: string) => readProblem({ path: 'x', message });

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
});
