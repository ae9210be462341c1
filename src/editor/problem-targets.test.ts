import { describe, expect, it } from 'vitest';
import { targetOf } from './problem-targets.ts';

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
