import type { CorpusEvent } from './corpus.ts';
import { type ParticipantListings, participantListings, TYPE_CODES } from './filter-index.ts';
import { EVENT_TYPES, type EventType } from './vocabulary.ts';

/** How an edge's shared events are grouped for styling: calls, face-to-face meetings, everything else. */
export type EdgeKind = 'call' | 'meeting' | 'other';

/** The edge kinds in drawing and listing order. */
export const EDGE_KINDS: readonly EdgeKind[] = ['call', 'meeting', 'other'];

/** The edge kind an event type counts towards. */
export function edgeKindOf(type: EventType): EdgeKind {
  if (type === 'phone-call') return 'call';
  if (type === 'meeting' || type === 'press-conference') return 'meeting';
  return 'other';
}

/**
 * Every event's participants as numbers, computed once per list of events, so the graph of any part of
 * it adds up numbers rather than looking up strings (at 100,000 events, the graph of one busy person's
 * 10,000 events took 35 ms from the objects and takes a few from here).
 */
export interface ParticipantIndex {
  events: readonly CorpusEvent[];
  /** Every participant's id in code-unit order: an entity's number is its place here. */
  ids: readonly string[];
  /** Event i's participants are members[starts[i]] up to members[starts[i + 1]]. */
  starts: Int32Array;
  /** Each event's distinct participants, ascending (so in id order). */
  members: Int32Array;
  /** 1 where that participant is an initiator of the event (listed twice: either listing). */
  initiators: Uint8Array;
  /** Each event's edge kind, as its place in EDGE_KINDS. */
  kinds: Uint8Array;
}

// Code-unit order rather than localeCompare: ids are ASCII and the order must not depend on the runtime's locale.
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Each event type's edge kind, by the type's place in EVENT_TYPES.
const KIND_OF_TYPE = Uint8Array.from(EVENT_TYPES, (type) => EDGE_KINDS.indexOf(edgeKindOf(type)));
const indexes = new WeakMap<readonly CorpusEvent[], ParticipantIndex>();

/** The events' participants listed from the objects, as the filter index lists them, for a list it has not. */
function listingsOf(events: readonly CorpusEvent[]): ParticipantListings {
  const numbers = new Map<string, number>();
  const starts = new Int32Array(events.length + 1);
  const types = new Uint8Array(events.length);
  const listings: number[] = [];
  for (let e = 0; e < events.length; e++) {
    const event = events[e] as CorpusEvent;
    for (const { entity, role } of event.participants) {
      let n = numbers.get(entity);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(entity, n);
      }
      listings.push(n * 2 + (role === 'initiator' ? 1 : 0));
    }
    starts[e + 1] = listings.length;
    types[e] = TYPE_CODES.get(event.type) ?? 0;
  }
  return { ids: [...numbers.keys()], starts, listings: Int32Array.from(listings), types };
}

/** The listings the filter index wrote for `events`, taken once (the index keeps what it makes of them). */
function takeListings(events: readonly CorpusEvent[]): ParticipantListings | undefined {
  const listings = participantListings.get(events);
  participantListings.delete(events);
  return listings;
}

function buildIndex(events: readonly CorpusEvent[], given: ParticipantListings): ParticipantIndex {
  // Renumbered in code-unit order of the ids.
  const order = given.ids.map((_, n) => n).sort((a, b) => byCodeUnit(given.ids[a] ?? '', given.ids[b] ?? ''));
  const rank = new Int32Array(order.length);
  order.forEach((n, r) => {
    rank[n] = r;
  });
  const { starts: listedStarts, listings, types } = given;
  const starts = new Int32Array(events.length + 1);
  const members = new Int32Array(listings.length);
  const initiators = new Uint8Array(listings.length);
  const kinds = new Uint8Array(events.length);
  let at = 0;
  for (let e = 0; e < events.length; e++) {
    starts[e] = at;
    kinds[e] = KIND_OF_TYPE[types[e] as number] ?? 2;
    for (let l = listedStarts[e] as number; l < (listedStarts[e + 1] as number); l++) {
      const listing = listings[l] as number;
      const n = rank[listing >> 1] as number;
      const initiator = listing & 1;
      let k = starts[e] as number;
      while (k < at && (members[k] as number) < n) k++;
      if (k < at && members[k] === n) {
        if (initiator) initiators[k] = 1;
        continue;
      }
      // Insertion keeps the (few) participants of one event ascending.
      members.copyWithin(k + 1, k, at);
      initiators.copyWithin(k + 1, k, at);
      members[k] = n;
      initiators[k] = initiator;
      at++;
    }
  }
  starts[events.length] = at;
  const ids = order.map((n) => given.ids[n] as string);
  return { events, ids, starts, members: members.slice(0, at), initiators: initiators.slice(0, at), kinds };
}

/** The participant index of a list of events, built on first use and kept while the list lives. */
export function participantIndexOf(events: readonly CorpusEvent[]): ParticipantIndex {
  let index = indexes.get(events);
  if (!index) {
    index = buildIndex(events, takeListings(events) ?? listingsOf(events));
    indexes.set(events, index);
  }
  return index;
}

/**
 * Whether the participant index of this list is built already (so reading it costs nothing). Listings
 * the filter index left are not enough: a new corpus's first graph is still built in slices after
 * its list and timeline are drawn, as its drawing (not the numbering, now) is most of that work.
 */
export function hasParticipantIndex(events: readonly CorpusEvent[]): boolean {
  return indexes.has(events);
}

/**
 * Where each of `events` is in the index's events, when they are some of them in the same order (as
 * every filter's result is); null when they are not.
 */
export function positionsIn(index: ParticipantIndex, events: readonly CorpusEvent[]): Int32Array | null {
  const all = index.events;
  const positions = new Int32Array(events.length);
  let j = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    while (j < all.length && all[j] !== event) j++;
    if (j === all.length) return null;
    positions[i] = j++;
  }
  return positions;
}
