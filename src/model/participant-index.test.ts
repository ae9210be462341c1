import { describe, expect, it } from 'vitest';
import { SEED_PARTICIPANTS, seedCorpus } from '../test/seed-record.ts';
import { createFilterIndex, participantListings } from './filter-index.ts';
import { EDGE_KINDS, hasParticipantIndex, participantIndexOf, positionsIn } from './participant-index.ts';

const corpus = seedCorpus();
const index = participantIndexOf(corpus.events);
const at = (id: string) => corpus.events.findIndex((e) => e.id === id);
const membersOf = (position: number) => {
  const range = [index.starts[position], index.starts[position + 1]] as [number, number];
  return {
    ids: [...index.members.subarray(...range)].map((n) => index.ids[n]),
    initiators: [...index.initiators.subarray(...range)],
    kind: EDGE_KINDS[index.kinds[position] as number],
  };
};

describe('participantIndexOf', () => {
  it('numbers the participants in id order, once per list', () => {
    expect(index.ids).toEqual(SEED_PARTICIPANTS);
    expect(participantIndexOf(corpus.events)).toBe(index);
    expect(index.starts).toHaveLength(corpus.events.length + 1);
  });

  it('lists each event’s participants ascending, with who initiated and the edge kind', () => {
    expect(membersOf(at('lavrov-zarif-call-today'))).toEqual({
      ids: ['lavrov', 'zarif'],
      initiators: [0, 1],
      kind: 'call',
    });
    expect(membersOf(at('vienna-quartet'))).toEqual({
      ids: ['kerry', 'lavrov', 'saudi-fm', 'turkish-fm'],
      initiators: [0, 0, 0, 0],
      kind: 'meeting',
    });
  });

  it('counts an entity listed twice in one event once, an initiator if either listing is', () => {
    const [event] = corpus.events;
    if (!event) throw new Error('the seed has events');
    const twice = {
      ...event,
      participants: [
        { entity: 'zarif', role: 'participant' as const },
        { entity: 'lavrov', role: 'participant' as const },
        { entity: 'zarif', role: 'initiator' as const },
      ],
    };
    const own = participantIndexOf([twice]);
    expect([...own.ids]).toEqual(['lavrov', 'zarif']);
    expect([...own.members]).toEqual([0, 1]);
    expect([...own.initiators]).toEqual([0, 1]);
    expect([...own.starts]).toEqual([0, 2]);
  });
});

describe('participantIndexOf after a filter index', () => {
  it('orders the participants the filter index listed, to the same index as from the events', () => {
    const fresh = seedCorpus();
    expect(hasParticipantIndex(fresh.events)).toBe(false);
    const filterIndex = createFilterIndex(fresh, { words: false });
    // The filter index numbered them in the order first met; the graph's index orders them by id.
    expect([...filterIndex.byEntity.keys()]).not.toEqual(SEED_PARTICIPANTS);
    expect(participantListings.has(fresh.events)).toBe(true);
    // Listed is not built: a new corpus's first graph is still built in slices.
    expect(hasParticipantIndex(fresh.events)).toBe(false);
    const listed = participantIndexOf(fresh.events);
    // Taken once: the index keeps what it made of them.
    expect(participantListings.has(fresh.events)).toBe(false);
    expect(hasParticipantIndex(fresh.events)).toBe(true);
    expect(participantIndexOf(fresh.events)).toBe(listed);
    expect({ ...listed, events: null }).toEqual({ ...index, events: null });
  });
});

describe('positionsIn', () => {
  it('finds the places of events kept in order, and refuses events out of order or from elsewhere', () => {
    const some = [corpus.events[2], corpus.events[5], corpus.events[6]].filter((e) => e !== undefined);
    expect([...(positionsIn(index, some) ?? [])]).toEqual([2, 5, 6]);
    expect(positionsIn(index, [...some].reverse())).toBeNull();
    expect(positionsIn(index, [{ ...corpus.events[0] } as (typeof corpus.events)[number]])).toBeNull();
    expect([...(positionsIn(index, []) ?? [1])]).toEqual([]);
  });
});
