import { describe, expect, it } from 'vitest';
import { seedRecord } from '../test/seed-record.ts';
import { closeRecordBidi } from './close-bidi.ts';

const RLO = '\u202e';
const PDF = '\u202c';

describe('closeRecordBidi', () => {
  it('gives back the same record when no name or title holds a control', () => {
    const record = seedRecord();
    expect(closeRecordBidi(record)).toBe(record);
  });

  it('leaves the record when only a paragraph holds one: paragraphs are drawn as blocks of their own', () => {
    const record = seedRecord();
    const bent = { ...record, paragraphs: [`${RLO}x`, ...record.paragraphs.slice(1)] };
    expect(closeRecordBidi(bent)).toBe(bent);
  });

  it('closes an event title and leaves its evidence as written', () => {
    const record = seedRecord();
    const [first, ...rest] = record.events;
    if (!first) throw new Error('the seed has events');
    const bent = {
      ...record,
      events: [{ ...first, title: { ...first.title, en: `${RLO}Lavrov` } }, ...rest],
    };
    const closed = closeRecordBidi(bent);
    expect(closed.events[0]?.title.en).toBe(`${RLO}Lavrov${PDF}`);
    expect(closed.events[0]?.title.ar).toBe(first.title.ar);
    expect(closed.events[0]?.evidence).toEqual(first.evidence);
    expect(closed.events.slice(1)).toEqual(rest);
  });

  it('closes a dateline, an entity role title and an event place', () => {
    const record = seedRecord();
    const [entity, ...entities] = record.entities;
    const placed = record.events.findIndex((e) => e.place !== null);
    const event = record.events[placed];
    if (!entity?.roles[0] || !event?.place) throw new Error('the seed has a role and a place');
    const role = entity.roles[0];
    const bent = {
      ...record,
      dateline: { ...record.dateline, ar: `${RLO}موسكو` },
      entities: [{ ...entity, roles: [{ ...role, title: { ...role.title, en: `a${RLO}b` } }] }, ...entities],
      events: record.events.map((e, i) =>
        i === placed && e.place ? { ...e, place: { ...e.place, ar: `${RLO}فيينا` } } : e,
      ),
    };
    const closed = closeRecordBidi(bent);
    expect(closed.dateline.ar).toBe(`${RLO}موسكو${PDF}`);
    expect(closed.entities[0]?.roles[0]?.title.en).toBe(`a${RLO}b${PDF}`);
    expect(closed.events[placed]?.place?.ar).toBe(`${RLO}فيينا${PDF}`);
  });
});
