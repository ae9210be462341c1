import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, EventRecord, EvidenceRecord } from '../article-schema.ts';
import { combineScores, sameEntity, scoreDraft } from './score-draft.ts';

const PARAGRAPHS = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60)];

function span(paragraph: number, start: number, end: number): EvidenceRecord {
  return { paragraph, start, end, quote: (PARAGRAPHS[paragraph] as string).slice(start, end) };
}

function person(id: string, ar: string, en: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return { id, kind: 'person', name: { ar, en }, variants: [], roles: [], ...extra };
}

function event(
  id: string,
  type: EventRecord['type'],
  evidence: EvidenceRecord[],
  participants: string[],
  day = '2015-10-27',
  review?: EventRecord['review'],
): EventRecord {
  return {
    id,
    type,
    title: { ar: id, en: id },
    participants: participants.map((entity) => ({ entity, role: 'participant' })),
    mentions: [],
    place: null,
    status: 'occurred',
    attribution: [],
    when: {
      text: null,
      relativeTo: { kind: 'publication' },
      start: day,
      end: day,
      precision: 'day',
      certainty: 'stated',
    },
    evidence,
    ...(review ? { review } : {}),
  };
}

function record(entities: EntityRecord[], events: EventRecord[]): ArticleRecord {
  return {
    schemaVersion: 1,
    id: 'tiny',
    source: { name: { ar: 'س', en: 'S' }, invented: true },
    dateline: { ar: 'م', en: 'M' },
    published: { date: '2015-10-27', time: null, timeZone: 'UTC', utcOffset: '+00:00' },
    language: 'ar',
    headline: 'h',
    paragraphs: PARAGRAPHS,
    related: [],
    entities,
    events,
    notes: [],
  };
}

const gold = record(
  [
    person('lavrov', 'سيرغي لافروف', 'Sergey Lavrov', { gazetteer: 'sergey-lavrov' }),
    person('kerry', 'جون كيري', 'John Kerry'),
    person('x', 'س', 'X'),
    person('y', 'ص', 'Y'),
  ],
  [
    event('call', 'phone-call', [span(0, 0, 20)], ['lavrov', 'kerry']),
    event('talks', 'meeting', [span(1, 10, 30)], ['x', 'y']),
  ],
);

const draft = record(
  [
    person('p1', 'لافروف', 'Lavrov', { gazetteer: 'sergey-lavrov' }),
    person('p2', 'كيرى', 'Kerry', { variants: ['جون كيرى'] }),
    person('p3', 'بوتين', 'Putin', { gazetteer: 'vladimir-putin' }),
  ],
  [
    // Overlaps "call" by 15 characters with the wrong type but the right day and two of its three people.
    event('d-statement', 'statement', [span(0, 5, 25)], ['p1', 'p2', 'p3']),
    // Overlaps "call" by 2 only: the statement takes it, so this one is extra.
    event('d-meeting', 'meeting', [span(0, 18, 40)], ['p1']),
    event('d-elsewhere', 'meeting', [span(2, 0, 10)], []),
    // Rejected: ignored although it covers "talks" exactly.
    event('d-rejected', 'meeting', [span(1, 10, 30)], ['p1'], '2015-10-27', 'rejected'),
  ],
);

describe('scoreDraft', () => {
  it('scores two gold events against three drafted ones, one matched with the wrong type', () => {
    expect(scoreDraft(gold, draft)).toEqual({
      gold: 2,
      drafted: 3,
      matched: 1,
      sameType: 0,
      sameDate: 1,
      goldParticipants: 2,
      draftedParticipants: 3,
      matchedParticipants: 2,
      recall: 0.5,
      precision: 1 / 3,
      typeAccuracy: 0,
      dateAccuracy: 1,
      participantPrecision: 2 / 3,
      participantRecall: 1,
      participantF1: 0.8,
      pairs: [{ gold: 'call', draft: 'd-statement', overlap: 15 }],
      missed: ['talks'],
      extra: ['d-meeting', 'd-elsewhere'],
    });
  });

  it('counts a date as exact only when both start and end agree', () => {
    const late = record(draft.entities, [event('d', 'phone-call', [span(0, 0, 20)], [], '2015-10-26')]);
    const score = scoreDraft(gold, late);
    expect([score.matched, score.sameType, score.sameDate, score.dateAccuracy]).toEqual([1, 1, 0, 0]);
    expect([score.participantPrecision, score.participantRecall, score.participantF1]).toEqual([null, 0, 0]);
  });

  it('matches an event with several spans when any pair overlaps, summing the overlaps', () => {
    const spread = record(draft.entities, [event('d', 'meeting', [span(2, 0, 5), span(1, 25, 40)], [])]);
    expect(scoreDraft(gold, spread).pairs).toEqual([{ gold: 'talks', draft: 'd', overlap: 5 }]);
  });

  it('leaves ratios null when there is nothing to measure', () => {
    const empty = scoreDraft(record([], []), record([], []));
    expect([empty.recall, empty.precision, empty.typeAccuracy, empty.dateAccuracy]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('sameEntity', () => {
  const ids = (gazetteer: string | undefined, ...names: string[]) => ({ gazetteer, names: new Set(names) });

  it('trusts gazetteer ids over names when both entities have one', () => {
    expect(sameEntity(ids('a', 'لافروف'), ids('b', 'لافروف'))).toBe(false);
    expect(sameEntity(ids('a', 'x'), ids('a', 'y'))).toBe(true);
  });

  it('falls back to any shared folded name when either lacks an id', () => {
    expect(sameEntity(ids('a', 'x', 'y'), ids(undefined, 'y'))).toBe(true);
    expect(sameEntity(ids(undefined, 'x'), ids(undefined, 'z'))).toBe(false);
  });
});

describe('combineScores', () => {
  it('micro-averages: sums the counts, then divides', () => {
    const a = scoreDraft(gold, draft);
    const b = scoreDraft(gold, record([], [event('d', 'meeting', [span(1, 0, 60)], [])]));
    const total = combineScores([a, b]);
    expect(total).toEqual({
      gold: 4,
      drafted: 4,
      matched: 2,
      sameType: 1,
      sameDate: 2,
      goldParticipants: 4,
      draftedParticipants: 3,
      matchedParticipants: 2,
      recall: 0.5,
      precision: 0.5,
      typeAccuracy: 0.5,
      dateAccuracy: 1,
      participantPrecision: 2 / 3,
      participantRecall: 0.5,
      participantF1: 4 / 7,
    });
  });
});
