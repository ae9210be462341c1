import { describe, expect, it } from 'vitest';
import { validateArticle } from '../model/validate-article.ts';
import { seedRecord } from '../test/seed-record.ts';
import { editRecord, freeId } from './record-edits.ts';

const event = (record: ReturnType<typeof seedRecord>, id: string) => record.events.find((e) => e.id === id);

describe('editRecord', () => {
  it('sets review, type, status and place on one event only, leaving the input unchanged', () => {
    const seed = seedRecord();
    let r = editRecord(seed, { kind: 'review', event: 'lavrov-makei-talks', review: 'rejected' });
    r = editRecord(r, { kind: 'type', event: 'lavrov-makei-talks', type: 'phone-call' });
    r = editRecord(r, { kind: 'status', event: 'lavrov-makei-talks', status: 'planned' });
    r = editRecord(r, { kind: 'place', event: 'lavrov-makei-talks', place: { ar: 'مينسك', en: 'Minsk' } });
    expect(event(r, 'lavrov-makei-talks')).toMatchObject({
      review: 'rejected',
      type: 'phone-call',
      status: 'planned',
      place: { ar: 'مينسك', en: 'Minsk' },
    });
    expect(event(seed, 'lavrov-makei-talks')?.type).toBe('meeting');
    expect(event(r, 'lavrov-makei-press-conference')).toEqual(event(seed, 'lavrov-makei-press-conference'));
  });

  it('makes one initiator: the former one becomes a participant, a newcomer is added first', () => {
    const seed = seedRecord();
    const r = editRecord(seed, {
      kind: 'initiator',
      event: 'lavrov-makei-press-conference',
      entity: 'makei',
    });
    expect(event(r, 'lavrov-makei-press-conference')?.participants).toEqual([
      { entity: 'lavrov', role: 'host' },
      { entity: 'makei', role: 'initiator' },
    ]);
    const again = editRecord(r, {
      kind: 'initiator',
      event: 'lavrov-makei-press-conference',
      entity: 'kerry',
    });
    expect(event(again, 'lavrov-makei-press-conference')?.participants).toEqual([
      { entity: 'kerry', role: 'initiator' },
      { entity: 'lavrov', role: 'host' },
      { entity: 'makei', role: 'participant' },
    ]);
  });

  it('changes a role; choosing "initiator" there demotes the former initiator', () => {
    const seed = seedRecord();
    const r = editRecord(seed, {
      kind: 'role',
      event: 'lavrov-makei-press-conference',
      entity: 'makei',
      role: 'participant',
    });
    expect(event(r, 'lavrov-makei-press-conference')?.participants).toEqual([
      { entity: 'lavrov', role: 'host' },
      { entity: 'makei', role: 'participant' },
    ]);
    const i = editRecord(
      editRecord(r, { kind: 'initiator', event: 'lavrov-makei-press-conference', entity: 'lavrov' }),
      { kind: 'role', event: 'lavrov-makei-press-conference', entity: 'makei', role: 'initiator' },
    );
    expect(event(i, 'lavrov-makei-press-conference')?.participants).toEqual([
      { entity: 'lavrov', role: 'participant' },
      { entity: 'makei', role: 'initiator' },
    ]);
  });

  it('adds a new entity once with its participant, and takes it off the mentions', () => {
    const seed = seedRecord();
    const entity = {
      id: 'new-envoy',
      kind: 'person' as const,
      name: { ar: 'مبعوث جديد', en: 'A new envoy' },
      variants: [],
      roles: [],
    };
    let r = editRecord(seed, {
      kind: 'add-participant',
      event: 'lavrov-makei-talks',
      entity,
      role: 'participant',
    });
    r = editRecord(r, { kind: 'add-participant', event: 'lavrov-makei-talks', entity, role: 'guest' });
    expect(r.entities.filter((e) => e.id === 'new-envoy')).toHaveLength(1);
    expect(event(r, 'lavrov-makei-talks')?.participants.filter((p) => p.entity === 'new-envoy')).toEqual([
      { entity: 'new-envoy', role: 'participant' },
    ]);
    const un = seed.entities.find((e) => e.id === 'un');
    if (!un) throw new Error('seed has no "un"');
    const m = editRecord(seed, {
      kind: 'add-participant',
      event: 'lavrov-makei-press-conference',
      entity: un,
      role: 'participant',
    });
    expect(event(m, 'lavrov-makei-press-conference')?.mentions).toEqual([]);
    const removed = editRecord(r, {
      kind: 'remove-participant',
      event: 'lavrov-makei-talks',
      entity: 'new-envoy',
    });
    expect(event(removed, 'lavrov-makei-talks')?.participants).toEqual(
      event(seed, 'lavrov-makei-talks')?.participants,
    );
  });

  it('adds, replaces and removes evidence, never the last span; a new event is reviewed and valid', () => {
    const seed = seedRecord();
    const p = seed.paragraphs[2] as string;
    const span = { paragraph: 2, start: 5, end: 11, quote: p.slice(5, 11) };
    let r = editRecord(seed, { kind: 'add-evidence', event: 'lavrov-makei-press-conference', span });
    r = editRecord(r, { kind: 'add-evidence', event: 'lavrov-makei-press-conference', span });
    expect(event(r, 'lavrov-makei-press-conference')?.evidence).toHaveLength(2);
    const moved = { paragraph: 2, start: 0, end: 11, quote: p.slice(0, 11) };
    r = editRecord(r, {
      kind: 'set-evidence',
      event: 'lavrov-makei-press-conference',
      index: 1,
      span: moved,
    });
    expect(event(r, 'lavrov-makei-press-conference')?.evidence[1]).toEqual(moved);
    r = editRecord(r, { kind: 'remove-evidence', event: 'lavrov-makei-press-conference', index: 0 });
    r = editRecord(r, { kind: 'remove-evidence', event: 'lavrov-makei-press-conference', index: 0 });
    expect(event(r, 'lavrov-makei-press-conference')?.evidence).toEqual([moved]);

    const id = freeId(
      'event',
      r.events.map((e) => e.id),
    );
    expect(id).toBe('event-1');
    r = editRecord(r, { kind: 'new-event', id, span, title: { ar: 'حدث', en: 'Event' } });
    expect(event(r, 'event-1')).toMatchObject({ review: 'reviewed', type: 'statement', evidence: [span] });
    // The new event is valid; the moved span no longer holds the other event's date, and the validator says so.
    expect(validateArticle(r)).toEqual({
      ok: false,
      problems: [{ path: 'events.0.when.text', message: '"اليوم" does not appear in the event\'s evidence' }],
    });
    expect(freeId('event', ['event-1', 'event-2', 'event-4'])).toBe('event-3');
  });

  it('corrects the date field by field', () => {
    const r = editRecord(seedRecord(), {
      kind: 'when',
      event: 'lavrov-makei-press-conference',
      when: { start: '2015-10-26', end: '2015-10-26', text: null },
    });
    expect(event(r, 'lavrov-makei-press-conference')?.when).toEqual({
      text: null,
      relativeTo: { kind: 'publication' },
      start: '2015-10-26',
      end: '2015-10-26',
      precision: 'day',
      certainty: 'stated',
    });
  });
});
