import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsRecords } from '../test/claims-records.ts';
import { alignEntityIds } from './align-entities.ts';
import type { ArticleRecord } from './article-schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { claimDisagreements } from './claims.ts';
import { type Corpus, findEvent, notesFor, outsideNote } from './corpus.ts';

const [seed, courier, digest, wire] = claimsRecords() as [
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
];
const SANA = seed.id;
const corpus = buildCorpus([seed, courier, digest, wire]);
const event = (id: string) => {
  const found = findEvent(corpus, id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

/** Everything a corpus holds, written out; the articles as the set they are. */
const canonical = (c: Corpus) =>
  JSON.stringify({
    articles: c.articles.map((a) => a.id).sort(),
    entities: [...c.entities],
    events: c.events,
    notes: c.notes,
    problems: c.problems,
  });

describe('claims of an event several articles report', () => {
  it('keeps each article’s claim, earliest report first, under the earliest report’s id', () => {
    const meeting = event('lavrov-zarif-vienna-meeting');
    expect(meeting.id).toBe('lavrov-zarif-saturday');
    expect(meeting.aliases).toEqual(['lavrov-zarif-vienna-meeting', 'zarif-call']);
    expect(
      meeting.claims?.map((c) => [c.article, c.event, c.type, c.status, c.when.start, c.place?.en ?? null]),
    ).toEqual([
      [courier.id, 'lavrov-zarif-saturday', 'meeting', 'planned', '2015-10-24', 'Vienna'],
      [SANA, 'lavrov-zarif-vienna-meeting', 'meeting', 'occurred', '2015-10-24', 'Vienna'],
      [digest.id, 'zarif-call', 'phone-call', 'occurred', '2015-10-24', null],
    ]);
    expect(meeting.articles).toEqual([courier.id, SANA, digest.id]);
    expect(meeting.evidence.map((s) => [s.article, s.paragraph])).toEqual([
      [courier.id, 2],
      [SANA, 21],
      [digest.id, 2],
    ]);
    // The latest report after the day wins the status and type; the place comes from a claim that gives one.
    expect([meeting.type, meeting.status, meeting.place?.en, meeting.startMs]).toEqual([
      'phone-call',
      'occurred',
      'Vienna',
      Date.UTC(2015, 9, 24),
    ]);
    expect(claimDisagreements(meeting.claims ?? [])).toEqual(['type', 'status']);
    // The title is the earliest report's of the type shown; the third call keeps SANA's.
    expect(meeting.title.en).toBe('Lavrov–Zarif call (invented report)');
    expect(event('lavrov-kerry-call').title).toEqual(
      seed.events.find((e) => e.id === 'lavrov-kerry-call-3')?.title,
    );
  });

  it('dates the first Kerry call by the stated Saturday over SANA’s inferred Sunday', () => {
    const call = event('lavrov-kerry-call-1');
    expect(call.id).toBe('lavrov-kerry-call-1');
    expect(call.when).toEqual({
      text: 'on Saturday',
      relativeTo: { kind: 'publication' },
      start: '2015-10-24',
      end: '2015-10-24',
      precision: 'day',
      certainty: 'stated',
    });
    expect([call.startMs, call.endMs]).toEqual([Date.UTC(2015, 9, 24), Date.UTC(2015, 9, 25)]);
    expect(call.attribution).toEqual(['russian-mfa', 'invented-wire-digest', 'sana']);
    expect(claimDisagreements(call.claims ?? [])).toEqual(['when']);
  });

  it('joins the Vienna meeting’s participants with the courier’s host and the Paris meeting’s status', () => {
    const vienna = event('vienna-quartet');
    expect(vienna.participants.map((p) => `${p.entity}:${p.role}`)).toEqual([
      'lavrov:participant',
      'kerry:host',
      'saudi-fm:participant',
      'turkish-fm:participant',
    ]);
    const paris = event('paris-meeting');
    expect([paris.status, paris.when.certainty, paris.participants.map((p) => p.entity)]).toEqual([
      'occurred',
      'stated',
      ['france', 'kerry'],
    ]);
    expect(paris.mentions).toEqual(['russia', 'lavrov']);
    expect(claimDisagreements(paris.claims ?? [])).toEqual(['status', 'participants']);
  });

  it('gives an event one article reports no claims, and keeps its record’s spans', () => {
    const talks = event('lavrov-makei-talks');
    expect(talks.claims).toBeUndefined();
    expect(talks.evidence).toBe(seed.events.find((e) => e.id === 'lavrov-makei-talks')?.evidence);
    expect(corpus.events.filter((e) => e.claims).map((e) => e.id)).toEqual([
      'vienna-four',
      'lavrov-kerry-call-1',
      'lavrov-zarif-saturday',
      'lavrov-kerry-call-3',
      'paris-meeting',
    ]);
  });
});

describe('notes are scoped by article', () => {
  // Another record whose note and event share the seed's ids, about something else.
  const other: ArticleRecord = {
    ...structuredClone(courier),
    id: 'invented-claims-other',
    // Published after the seed, so it is its event that is kept apart as "article:id".
    published: { date: '2015-10-29', time: '09:00', timeZone: 'Europe/Vienna', utcOffset: '+01:00' },
    events: [
      {
        ...structuredClone(courier.events[1] as ArticleRecord['events'][number]),
        id: 'putin-salman-call',
        sameAs: undefined,
      },
    ],
    notes: [
      {
        id: 'putin-salman-call',
        about: { events: ['putin-salman-call'], entities: [] },
        text: { ar: 'ملاحظة أخرى', en: 'Another note' },
        sources: [{ publisher: 'Nobody', reference: 'invented' }],
      },
    ],
  };
  const both = buildCorpus([other, seed]);

  it('never shows one record’s note under another record’s event of the same id', () => {
    expect(notesFor(both, 'putin-salman-call').map((n) => [n.article, n.text.en])).toEqual([
      [SANA, seed.notes.find((n) => n.id === 'putin-salman-call')?.text.en],
    ]);
    expect(
      notesFor(both, 'invented-claims-other:putin-salman-call').map((n) => [n.article, n.text.en]),
    ).toEqual([['invented-claims-other', 'Another note']]);
  });

  it('finds an outside date’s note in the article that gave the date', () => {
    const seedOnly = buildCorpus([seed]);
    const call = findEvent(seedOnly, 'lavrov-kerry-call-1');
    expect(call && outsideNote(seedOnly, call)?.id).toBe('lavrov-kerry-calls');
    // Merged, the digest's stated date (with no outside date) is shown.
    expect(outsideNote(corpus, event('lavrov-kerry-call-1'))).toBeUndefined();
  });
});

describe('merging is a function of the set of records', () => {
  it('builds the same corpus from any order of any subset of the records', () => {
    const records = [seed, courier, digest, wire];
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: 1 }), (chosen) => {
        const sorted = [...chosen].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(canonical(buildCorpus(alignEntityIds(chosen)))).toBe(
          canonical(buildCorpus(alignEntityIds(sorted))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('builds the same corpus from every order of all four', () => {
    const orders = [
      [seed, courier, digest, wire],
      [wire, digest, courier, seed],
      [digest, seed, wire, courier],
    ];
    const [first, ...rest] = orders.map((o) => canonical(buildCorpus(o)));
    for (const other of rest) expect(other).toBe(first);
    expect(corpus.events).toHaveLength(22);
    expect(corpus.problems).toEqual([]);
  });
});

describe('entity conflicts', () => {
  it('reports one id defined as two entities, against the later article, whatever the order', () => {
    const clash = structuredClone(digest);
    const kerry = clash.entities.find((e) => e.id === 'kerry');
    if (!kerry) throw new Error('fixture changed');
    // Without its gazetteer entry (which would make it the seed's Kerry whatever it says), an office.
    kerry.kind = 'office';
    kerry.gazetteer = undefined;
    const expected = [
      {
        article: digest.id,
        path: 'entities.1',
        message: `entity "kerry" is defined differently in article "${SANA}": kind "person" ≠ "office"`,
      },
    ];
    expect(buildCorpus([seed, clash]).problems).toEqual(expected);
    expect(buildCorpus([clash, seed]).problems).toEqual(expected);
    // Spellings differ between the fixtures and the seed: no conflict.
    expect(buildCorpus([seed, digest]).problems).toEqual([]);
  });
});

describe('dates relative to another event', () => {
  it('point at the event of their own article, under its id in the corpus', () => {
    // A copy of the seed published later: its events are kept apart as "copy:…", and its talks are
    // dated relative to its own press conference, not the seed's.
    const copy = { ...structuredClone(seed), id: 'copy', published: { ...seed.published, time: '23:00' } };
    const both = buildCorpus([copy, seed]);
    const talks = findEvent(both, 'copy:lavrov-makei-talks');
    expect(talks?.when.relativeTo).toEqual({ kind: 'event', event: 'copy:lavrov-makei-press-conference' });
    expect(findEvent(both, 'lavrov-makei-talks')?.when.relativeTo).toEqual({
      kind: 'event',
      event: 'lavrov-makei-press-conference',
    });
    // The record's own date is left as it was.
    expect(copy.events.find((e) => e.id === 'lavrov-makei-talks')?.when.relativeTo).toEqual({
      kind: 'event',
      event: 'lavrov-makei-press-conference',
    });
  });
});
