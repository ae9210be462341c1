import type { EntityKind, EntityRecord } from './article-schema.ts';
import type { CorpusEvent } from './corpus.ts';
import {
  EDGE_KINDS,
  type EdgeKind,
  hasParticipantIndex,
  type ParticipantIndex,
  participantIndexOf,
  positionsIn,
} from './participant-index.ts';
import { withRoom } from './typed-arrays.ts';

export { EDGE_KINDS, type EdgeKind, edgeKindOf } from './participant-index.ts';

/** One entity that takes part in at least one of the given events. */
export interface GraphNode {
  id: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-2 code, or null for international bodies and entities with no country. */
  country: string | null;
  name: { ar: string; en: string };
  /** The events it takes part in, in the order they were given. */
  eventIds: string[];
  eventCount: number;
}

/** One participant reaching out to another in a given event. */
export interface Initiation {
  from: string;
  to: string;
  eventId: string;
}

/** Two entities that share at least one event; `source` sorts before `target`. */
export interface GraphEdge {
  /** `source|target`, unique within a graph. */
  id: string;
  source: string;
  target: string;
  /** Number of shared events (which they are: sharedEventIds of its two nodes). */
  weight: number;
  /** Shared events by edge kind. Not to be changed: edges of one event share one object per kind. */
  kinds: Readonly<Record<EdgeKind, number>>;
  /** Who initiated towards whom, one entry per shared event with an initiator. */
  initiated: readonly Initiation[];
}

/** Nodes and edges: a graph as it is laid out and drawn. */
export interface GraphParts {
  nodes: GraphNode[];
  edges: readonly GraphEdge[];
}

/**
 * The graph of some events. Nodes are sorted by id; edges by source then target, so equal input always
 * gives equal output. Edges are kept as columns (edge i joins nodes[sources[i]] and nodes[targets[i]])
 * and made objects only when asked for: a large graph draws a few hundred of its tens of thousands of
 * pairs, and at 100,000 events the objects of every pair were 6 MB and most of a filter's time.
 */
export interface ParticipantGraph extends GraphParts {
  edgeCount: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Int32Array;
  /** Edge i as an object (the same object every time). */
  edgeAt(i: number): GraphEdge;
}

/** The id of the edge between two entities, whatever order they are given in. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function nodeFor(id: string, entity: EntityRecord | undefined, eventIds: string[]): GraphNode {
  // A validated corpus always resolves its participants; the fallback keeps a partly loaded corpus drawable.
  return {
    id,
    kind: entity?.kind ?? 'person',
    country: entity?.country ?? null,
    name: entity ? entity.name : { ar: id, en: id },
    eventIds,
    eventCount: eventIds.length,
  };
}

// Most edges have no initiator: they share one empty list (frozen, so nothing can add to it).
const NO_INITIATIONS: readonly Initiation[] = Object.freeze([]);

/** The columns of a graph's edges, in graph order. */
interface EdgeColumns {
  sources: Int32Array;
  targets: Int32Array;
  weights: Int32Array;
  /** Three per edge: calls, meetings, others (EDGE_KINDS order). */
  kinds: Int32Array;
  /** The edges with initiations, by number. */
  initiated: ReadonlyMap<number, readonly Initiation[]>;
}

class ColumnGraph implements ParticipantGraph, EdgeColumns {
  readonly edgeCount: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Int32Array;
  readonly kinds: Int32Array;
  readonly initiated: ReadonlyMap<number, readonly Initiation[]>;
  // Edge objects made so far (private fields stay out of equality checks, being a cache).
  #made: (GraphEdge | undefined)[] = [];
  #all: readonly GraphEdge[] | null = null;

  constructor(
    readonly nodes: GraphNode[],
    columns: EdgeColumns,
  ) {
    this.edgeCount = columns.weights.length;
    this.sources = columns.sources;
    this.targets = columns.targets;
    this.weights = columns.weights;
    this.kinds = columns.kinds;
    this.initiated = columns.initiated;
  }

  edgeAt(i: number): GraphEdge {
    let edge = this.#made[i];
    if (!edge) {
      const source = (this.nodes[this.sources[i] as number] as GraphNode).id;
      const target = (this.nodes[this.targets[i] as number] as GraphNode).id;
      const kinds = this.kinds.subarray(3 * i, 3 * i + 3);
      edge = {
        id: `${source}|${target}`,
        source,
        target,
        weight: this.weights[i] as number,
        kinds: { call: kinds[0] as number, meeting: kinds[1] as number, other: kinds[2] as number },
        initiated: this.initiated.get(i) ?? NO_INITIATIONS,
      };
      this.#made[i] = edge;
    }
    return edge;
  }

  get edges(): readonly GraphEdge[] {
    this.#all ??= Array.from({ length: this.edgeCount }, (_, i) => this.edgeAt(i));
    return this.#all;
  }
}

/**
 * A graph of the nodes and edges given (sorted as a built graph's are): for tests and drawings made
 * by hand. Edges must join nodes of the list.
 */
export function participantGraphOf(nodes: GraphNode[], edges: readonly GraphEdge[]): ParticipantGraph {
  const place = new Map(nodes.map((node, i) => [node.id, i]));
  const at = (id: string) => {
    const i = place.get(id);
    if (i === undefined) throw new Error(`edge end ${id} is not a node`);
    return i;
  };
  return new ColumnGraph(nodes, {
    sources: Int32Array.from(edges, (e) => at(e.source)),
    targets: Int32Array.from(edges, (e) => at(e.target)),
    weights: Int32Array.from(edges, (e) => e.weight),
    kinds: Int32Array.from(edges.flatMap((e) => EDGE_KINDS.map((kind) => e.kinds[kind]))),
    initiated: new Map(edges.flatMap((e, i) => (e.initiated.length > 0 ? [[i, e.initiated] as const] : []))),
  });
}

/**
 * The events two participants share, in the order the graph was given them: the events of an edge
 * between the two nodes (an event lists each participant once, so they are both nodes' events).
 */
export function sharedEventIds(a: Pick<GraphNode, 'eventIds'>, b: Pick<GraphNode, 'eventIds'>): string[] {
  const [shorter, longer] = a.eventIds.length <= b.eventIds.length ? [a, b] : [b, a];
  const theirs = new Set(shorter.eventIds);
  return longer.eventIds.filter((id) => theirs.has(id));
}

/**
 * Builds the participant graph of exactly the events given: the caller filters by date window, type,
 * person or article first. Entities only mentioned in an event are not part of it. Give `within`, the
 * whole list the events were filtered from (in its order), to use its participant index.
 */
export function buildParticipantGraph(
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
  within?: readonly CorpusEvent[],
): ParticipantGraph {
  const builder = new GraphBuilder(events, entities, within);
  builder.add(0, events.length);
  return builder.finish();
}

/**
 * buildParticipantGraph `slice` events at a time, yielding how many are done, so a caller can spread
 * a large corpus over several tasks. The first step numbers the participants (the index of a new
 * corpus, some 20 ms at 10,000 events) and yields 0; each later one adds a slice.
 */
export function* participantGraphSteps(
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
  slice: number,
  within?: readonly CorpusEvent[],
): Generator<number, ParticipantGraph> {
  const builder = new GraphBuilder(events, entities, within);
  for (let from = 0; from < events.length; from += slice) {
    yield from;
    builder.add(from, Math.min(events.length, from + slice));
  }
  return builder.finish();
}

/**
 * Whether the participant index a graph of `events` would read is built already: then building the
 * graph costs only its own events; else every event of `within` (or `events`) is numbered first.
 */
export function participantsNumbered(
  events: readonly CorpusEvent[],
  within: readonly CorpusEvent[] | undefined,
): boolean {
  return hasParticipantIndex(within ?? events);
}

/** The events' participant numbers: from `within`'s index when they are some of its events, else their own. */
function numbered(events: readonly CorpusEvent[], within: readonly CorpusEvent[] | undefined) {
  if (within) {
    const index = participantIndexOf(within);
    const positions = events === within ? null : positionsIn(index, events);
    if (events === within || positions) return { index, positions };
  }
  return { index: participantIndexOf(events), positions: null };
}

/**
 * How many of one event's participants are counted in pairs (16: 120 pairs). Pairs grow with the
 * square of the participants: a record with one event of 5,000 made 12.5 million and froze the tab.
 */
export const MAX_PAIRED_PARTICIPANTS = 16;

/** A growable list of 32-bit integers. */
class Ints {
  values = new Int32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.values.length) this.values = withRoom(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
}

/**
 * The graph built event by event, in numbers: a pair is found by its two entities' numbers, and
 * counted in columns; objects are made only for the nodes. A class, not a closure made per build:
 * the engine keeps one optimised `add` for every build, where a fresh closure per build (of the
 * busiest person's events, say) ran unoptimised at first, at twice the time.
 */
class GraphBuilder {
  readonly index: ParticipantIndex;
  readonly positions: Int32Array | null;
  // Each entity's events, by number (filled from the first event that has it).
  readonly eventsOf: (string[] | undefined)[];
  // Each pair's slot, by its key (first number × count + second), and each slot's key and counts.
  readonly slotOf = new Map<number, number>();
  readonly keys: number[] = [];
  readonly weights = new Ints();
  readonly kindCounts = new Ints();
  readonly initiated = new Map<number, Initiation[]>();

  constructor(
    readonly events: readonly CorpusEvent[],
    readonly entities: ReadonlyMap<string, EntityRecord>,
    within: readonly CorpusEvent[] | undefined,
  ) {
    const { index, positions } = numbered(events, within);
    this.index = index;
    this.positions = positions;
    this.eventsOf = new Array(index.ids.length).fill(undefined);
  }

  add(from: number, to: number) {
    const { events, positions, eventsOf, slotOf, keys, weights, kindCounts, initiated } = this;
    const { ids, starts, members, initiators, kinds } = this.index;
    const count = ids.length;
    for (let e = from; e < to; e++) {
      const p = positions ? (positions[e] as number) : e;
      const eventId = (events[e] as CorpusEvent).id;
      const first = starts[p] as number;
      const last = starts[p + 1] as number;
      const kind = kinds[p] as number;
      let anyInitiator = false;
      for (let i = first; i < last; i++) {
        const n = members[i] as number;
        const list = eventsOf[n];
        if (list) list.push(eventId);
        else eventsOf[n] = [eventId];
        if (initiators[i] === 1) anyInitiator = true;
      }
      // An event's first MAX_PAIRED_PARTICIPANTS (by id) are paired; the rest join it as nodes only.
      const paired = Math.min(last, first + MAX_PAIRED_PARTICIPANTS);
      for (let i = first; i < paired; i++) {
        const a = members[i] as number;
        for (let j = i + 1; j < paired; j++) {
          const b = members[j] as number;
          const key = a * count + b;
          let slot = slotOf.get(key);
          if (slot === undefined) {
            slot = keys.length;
            slotOf.set(key, slot);
            keys.push(key);
            weights.push(1);
            kindCounts.push(0);
            kindCounts.push(0);
            kindCounts.push(0);
          } else weights.values[slot] = (weights.values[slot] as number) + 1;
          kindCounts.values[3 * slot + kind] = (kindCounts.values[3 * slot + kind] as number) + 1;
          // Two co-initiators say nothing about direction between themselves.
          if (anyInitiator && initiators[i] !== initiators[j]) {
            const [source, target] = initiators[i] === 1 ? [a, b] : [b, a];
            const initiation = { from: ids[source] as string, to: ids[target] as string, eventId };
            const list = initiated.get(slot);
            if (list) list.push(initiation);
            else initiated.set(slot, [initiation]);
          }
        }
      }
    }
  }

  // Numbers follow the ids' order, so nodes come out sorted by id and pairs, by key, by source then target.
  finish(): ParticipantGraph {
    const { ids } = this.index;
    const count = ids.length;
    const nodes: GraphNode[] = [];
    const nodeOf = new Int32Array(count);
    for (let n = 0; n < count; n++) {
      const list = this.eventsOf[n];
      if (!list) continue;
      nodeOf[n] = nodes.length;
      nodes.push(nodeFor(ids[n] as string, this.entities.get(ids[n] as string), list));
    }
    const sorted = Float64Array.from(this.keys).sort();
    const edges = sorted.length;
    const columns = {
      sources: new Int32Array(edges),
      targets: new Int32Array(edges),
      weights: new Int32Array(edges),
      kinds: new Int32Array(3 * edges),
      initiated: new Map<number, readonly Initiation[]>(),
    };
    for (let i = 0; i < edges; i++) {
      const key = sorted[i] as number;
      const slot = this.slotOf.get(key) as number;
      columns.sources[i] = nodeOf[Math.floor(key / count)] as number;
      columns.targets[i] = nodeOf[key % count] as number;
      columns.weights[i] = this.weights.values[slot] as number;
      columns.kinds.set(this.kindCounts.values.subarray(3 * slot, 3 * slot + 3), 3 * i);
      const list = this.initiated.get(slot);
      if (list) columns.initiated.set(i, list);
    }
    return new ColumnGraph(nodes, columns);
  }
}
