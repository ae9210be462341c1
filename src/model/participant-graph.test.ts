import { describe, expect, it } from 'vitest';
import { SEED_PARTICIPANTS, seedCorpus } from '../test/seed-record.ts';
import { dayEnd, dayStart } from './calendar-date.ts';
import type { CorpusEvent } from './corpus.ts';
import {
  buildParticipantGraph,
  edgeId,
  type ParticipantGraph,
  participantGraphSteps,
  participantsNumbered,
  sharedEventIds,
} from './participant-graph.ts';

const corpus = seedCorpus();
const graph = buildParticipantGraph(corpus.events, corpus.entities);

function summary(g: ParticipantGraph) {
  return g.edges.map((e) => `${e.id} ${e.weight} c${e.kinds.call} m${e.kinds.meeting} o${e.kinds.other}`);
}

describe('the seed graph', () => {
  it('has a node for every participant and none for entities only mentioned', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(SEED_PARTICIPANTS);
    for (const mentioned of ['un', 'erdogan', 'saudi-arabia', 'iran', 'egypt', 'assad', 'syria']) {
      expect(graph.nodes.some((n) => n.id === mentioned)).toBe(false);
    }
  });

  it('counts each node’s events and keeps their given (chronological) order', () => {
    const counts = Object.fromEntries(graph.nodes.map((n) => [n.id, n.eventCount]));
    expect(counts).toEqual({
      'egyptian-counterparts': 1,
      'federation-council': 1,
      france: 1,
      kerry: 4,
      lavrov: 13,
      makei: 3,
      peskov: 1,
      putin: 1,
      russia: 3,
      salman: 2,
      'saudi-fm': 1,
      'turkish-fm': 1,
      zarif: 4,
    });
    const lavrov = graph.nodes.find((n) => n.id === 'lavrov');
    expect(lavrov).toMatchObject({
      kind: 'person',
      country: 'RU',
      name: { ar: 'سيرغي لافروف', en: 'Sergey Lavrov' },
    });
    expect(lavrov?.eventIds).toEqual([
      'vienna-quartet',
      'lavrov-after-vienna-statement',
      'lavrov-zarif-vienna-meeting',
      'lavrov-kerry-call-1',
      'lavrov-zarif-call-day-before',
      'lavrov-kerry-call-2',
      'lavrov-zarif-call-yesterday',
      'lavrov-kerry-call-3',
      'lavrov-makei-press-conference',
      'lavrov-makei-talks',
      'lavrov-zarif-call-today',
      'russia-belarus-agreements',
      'egypt-contacts',
    ]);
  });

  it('weighs each pair by shared events and counts them by kind', () => {
    expect(summary(graph)).toEqual([
      'egyptian-counterparts|lavrov 1 c0 m0 o1',
      'kerry|lavrov 4 c3 m1 o0',
      'kerry|saudi-fm 1 c0 m1 o0',
      'kerry|turkish-fm 1 c0 m1 o0',
      'lavrov|makei 3 c0 m2 o1',
      'lavrov|saudi-fm 1 c0 m1 o0',
      'lavrov|turkish-fm 1 c0 m1 o0',
      'lavrov|zarif 4 c3 m1 o0',
      'putin|salman 1 c1 m0 o0',
      'russia|salman 1 c0 m0 o1',
      'saudi-fm|turkish-fm 1 c0 m1 o0',
    ]);
    const node = (id: string) => graph.nodes.find((n) => n.id === id) ?? { eventIds: [] };
    const shared = (a: string, b: string) => sharedEventIds(node(a), node(b));
    expect(shared('kerry', 'lavrov')).toEqual([
      'vienna-quartet',
      'lavrov-kerry-call-1',
      'lavrov-kerry-call-2',
      'lavrov-kerry-call-3',
    ]);
    expect(shared('zarif', 'lavrov')).toEqual([
      'lavrov-zarif-vienna-meeting',
      'lavrov-zarif-call-day-before',
      'lavrov-zarif-call-yesterday',
      'lavrov-zarif-call-today',
    ]);
    expect(shared('lavrov', 'makei')).toEqual([
      'lavrov-makei-press-conference',
      'lavrov-makei-talks',
      'russia-belarus-agreements',
    ]);
    expect(shared('putin', 'zarif')).toEqual([]);
  });

  it('counts every shared event in exactly one kind', () => {
    expect(graph.edges.every((e) => e.kinds.call + e.kinds.meeting + e.kinds.other === e.weight)).toBe(true);
    expect(graph.edgeCount).toBe(graph.edges.length);
    expect([...graph.weights]).toEqual(graph.edges.map((e) => e.weight));
    expect(graph.edgeAt(1)).toBe(graph.edges[1]);
  });

  it('records that Zarif initiated today’s call to Lavrov, and no other direction', () => {
    const zarif = graph.edges.find((e) => e.id === edgeId('zarif', 'lavrov'));
    expect(zarif?.source).toBe('lavrov');
    expect(zarif?.target).toBe('zarif');
    expect(zarif?.initiated).toEqual([{ from: 'zarif', to: 'lavrov', eventId: 'lavrov-zarif-call-today' }]);
    // Russia initiates the request to the moderate opposition alone, so it yields no edge.
    expect(graph.edges.filter((e) => e.initiated.length > 0).map((e) => e.id)).toEqual(['lavrov|zarif']);
  });

  it('does not depend on the order of the events given', () => {
    const reversed = buildParticipantGraph([...corpus.events].reverse(), corpus.entities);
    expect(summary(reversed)).toEqual(summary(graph));
    expect(reversed.nodes.map((n) => `${n.id} ${n.eventCount}`)).toEqual(
      graph.nodes.map((n) => `${n.id} ${n.eventCount}`),
    );
  });
});

describe('a date window chosen by the caller', () => {
  // Events whose whole resolved interval lies within 26–27 October 2015.
  const from = dayStart('2015-10-26');
  const to = dayEnd('2015-10-27');
  const within = (e: CorpusEvent) =>
    e.startMs !== null && e.endMs !== null && e.startMs >= from.getTime() && e.endMs <= to.getTime();
  const windowed = buildParticipantGraph(corpus.events.filter(within), corpus.entities);

  it('is the same graph through the whole list’s participant index, or from events in another order', () => {
    const some = corpus.events.filter(within);
    expect(buildParticipantGraph(some, corpus.entities, corpus.events)).toEqual(windowed);
    const reversed = buildParticipantGraph([...some].reverse(), corpus.entities, corpus.events);
    expect(summary(reversed)).toEqual(summary(windowed));
  });

  it('keeps only the people active in the window', () => {
    expect(windowed.nodes.map((n) => `${n.id} ${n.eventCount}`)).toEqual([
      'france 1',
      'kerry 2',
      'lavrov 7',
      'makei 3',
      'peskov 1',
      'putin 1',
      'salman 1',
      'zarif 2',
    ]);
  });

  it('drops the Vienna meetings and the first calls from the weights', () => {
    expect(summary(windowed)).toEqual([
      'kerry|lavrov 2 c2 m0 o0',
      'lavrov|makei 3 c0 m2 o1',
      'lavrov|zarif 2 c2 m0 o0',
      'putin|salman 1 c1 m0 o0',
    ]);
    expect(windowed.edges.find((e) => e.id === 'lavrov|zarif')?.initiated).toEqual([
      { from: 'zarif', to: 'lavrov', eventId: 'lavrov-zarif-call-today' },
    ]);
  });

  it('is empty for no events', () => {
    const empty = buildParticipantGraph([], corpus.entities);
    expect([empty.nodes, empty.edges, empty.edgeCount]).toEqual([[], [], 0]);
  });
});

describe('edge cases', () => {
  const base = corpus.events.find((e) => e.id === 'lavrov-kerry-call-1') as CorpusEvent;

  it('gives no direction between co-initiators and counts a repeated participant once', () => {
    const event: CorpusEvent = {
      ...base,
      id: 'synthetic',
      participants: [
        { entity: 'lavrov', role: 'initiator' },
        { entity: 'kerry', role: 'initiator' },
        { entity: 'zarif', role: 'participant' },
        { entity: 'zarif', role: 'guest' },
      ],
    };
    const g = buildParticipantGraph([event], corpus.entities);
    expect(g.nodes.map((n) => `${n.id} ${n.eventCount}`)).toEqual(['kerry 1', 'lavrov 1', 'zarif 1']);
    expect(g.edges.map((e) => [e.id, e.initiated])).toEqual([
      ['kerry|lavrov', []],
      ['kerry|zarif', [{ from: 'kerry', to: 'zarif', eventId: 'synthetic' }]],
      ['lavrov|zarif', [{ from: 'lavrov', to: 'zarif', eventId: 'synthetic' }]],
    ]);
  });

  it('names an unknown entity by its id', () => {
    const event: CorpusEvent = { ...base, participants: [{ entity: 'nobody', role: 'participant' }] };
    expect(buildParticipantGraph([event], new Map()).nodes).toEqual([
      {
        id: 'nobody',
        kind: 'person',
        country: null,
        name: { ar: 'nobody', en: 'nobody' },
        eventIds: ['lavrov-kerry-call-1'],
        eventCount: 1,
      },
    ]);
  });
});

describe('participantGraphSteps', () => {
  it('yields once the participants are numbered, then every slice, and ends with the same graph as one build', () => {
    const steps = participantGraphSteps(corpus.events, corpus.entities, 8);
    const done: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) done.push(step.value);
    expect(done).toEqual([0, 8, 16]);
    expect(corpus.events).toHaveLength(21);
    expect(step.value).toEqual(graph);
  });
});

describe('participantsNumbered', () => {
  it('is false for a list whose index is not built, and true once a step has numbered it', () => {
    const fresh = [...corpus.events];
    const some = fresh.slice(0, 5);
    expect(participantsNumbered(some, fresh)).toBe(false);
    expect(participantsNumbered(fresh, undefined)).toBe(false);
    const steps = participantGraphSteps(fresh, corpus.entities, 8);
    expect(steps.next()).toEqual({ done: false, value: 0 });
    expect(participantsNumbered(some, fresh)).toBe(true);
    expect(participantsNumbered(fresh, undefined)).toBe(true);
    expect(participantsNumbered(some, undefined)).toBe(false);
  });
});
