import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from '../model/gazetteer.ts';
import type { Gazetteer } from '../model/gazetteer-schema.ts';
import { candidateOf, newEntityId } from './gazetteer-entity.ts';

// A gazetteer of invented names, so the test does not move with the real one.
const GAZETTEER: Gazetteer = {
  states: [
    {
      id: 'state-xa',
      iso: 'XA',
      name: { ar: 'دولة ألف', en: 'Statea' },
      variants: [],
      adjectives: ['الألفي', 'الألفية'],
    },
  ],
  organisations: [{ id: 'org-x', name: { ar: 'منظمة س', en: 'Org X' }, variants: [], adjectives: [] }],
  offices: [
    {
      id: 'foreign-minister',
      name: { ar: 'وزير الخارجية', en: 'Foreign minister' },
      scope: 'state',
      phrases: ['وزير الخارجية'],
    },
  ],
  people: [
    {
      id: 'person-one',
      name: { ar: 'شخص أول', en: 'Person One' },
      short: { ar: 'أول', en: 'One' },
      variants: ['شخص أول'],
      country: 'XA',
      terms: [{ office: 'foreign-minister', of: 'XA', from: '2010-01-01', to: '2015-12-31' }],
    },
  ],
};
const index = buildGazetteerIndex(GAZETTEER);
const entry = (id: string) => {
  const found = index.byId(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('candidateOf', () => {
  it('makes a person with the offices held on the day, or none after the term', () => {
    expect(candidateOf(entry('person-one'), index, '2015-12-31')).toEqual({
      entity: {
        id: 'person-one',
        kind: 'person',
        name: { ar: 'شخص أول', en: 'Person One' },
        short: { ar: 'أول', en: 'One' },
        variants: [],
        country: 'XA',
        roles: [
          {
            title: { ar: 'وزير الخارجية، دولة ألف', en: 'Foreign minister, Statea' },
            from: '2010-01-01',
            to: '2015-12-31',
          },
        ],
        gazetteer: 'person-one',
      },
      detail: { ar: 'وزير الخارجية، دولة ألف', en: 'Foreign minister, Statea' },
    });
    expect(candidateOf(entry('person-one'), index, '2016-01-01')?.entity.roles).toEqual([]);
    expect(candidateOf(entry('person-one'), index, '2016-01-01')?.detail).toBeNull();
  });

  it('makes states and organisations, and offers no office', () => {
    expect(candidateOf(entry('state-xa'), index, '2015-01-01')?.entity).toEqual({
      id: 'state-xa',
      kind: 'state',
      name: { ar: 'دولة ألف', en: 'Statea' },
      variants: [],
      country: 'XA',
      roles: [],
      gazetteer: 'state-xa',
    });
    expect(candidateOf(entry('org-x'), index, '2015-01-01')?.entity.kind).toBe('organisation');
    expect(candidateOf(entry('foreign-minister'), index, '2015-01-01')).toBeNull();
  });
});

describe('newEntityId', () => {
  it('slugs the English name and keeps it unique', () => {
    expect(newEntityId('An Invented Committee', [])).toBe('an-invented-committee');
    expect(newEntityId('An Invented Committee', ['an-invented-committee'])).toBe('an-invented-committee-2');
    expect(newEntityId('Ça Va', [])).toBe('ca-va');
    expect(newEntityId('لجنة', ['entity'])).toBe('entity-2');
  });
});
