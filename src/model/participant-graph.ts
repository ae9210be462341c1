import type { EntityKind, EntityRecord, EventType } from './article-schema.ts';
import type { CorpusEvent } from './corpus.ts';

/** How an edge's shared events are grouped for styling: calls, face-to-face meetings, everything else. */
export type EdgeKind = 'call' | 'meeting' | 'other';

/** The edge kinds in drawing and listing order. */
export const EDGE_KINDS: readonly EdgeKind[] = ['call', 'meeting', 'other'];

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
  /** Number of shared events. */
  weight: number;
  /** The shared events, in the order they were given. */
  eventIds: string[];
  kinds: Record<EdgeKind, number>;
  /** Who initiated towards whom, one entry per shared event with an initiator. */
  initiated: readonly Initiation[];
}

/** Nodes sorted by id, edges by source then target, so equal input always gives equal output. */
export interface ParticipantGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The edge kind an event type counts towards. */
export function edgeKindOf(type: EventType): EdgeKind {
  if (type === 'phone-call') return 'call';
  if (type === 'meeting' || type === 'press-conference') return 'meeting';
  return 'other';
}

/** The id of the edge between two entities, whatever order they are given in. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// Code-unit order rather than localeCompare: ids are ASCII and the order must not depend on the runtime's locale.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Nodes and edges start with their first event: an array made with one element holds one, while one
// made empty and pushed to reserves room for 17 (at 100,000 events, 5 MB of unused room).
function nodeFor(id: string, entity: EntityRecord | undefined, eventId: string): GraphNode {
  // A validated corpus always resolves its participants; the fallback keeps a partly loaded corpus drawable.
  return {
    id,
    kind: entity?.kind ?? 'person',
    country: entity?.country ?? null,
    name: entity ? entity.name : { ar: id, en: id },
    eventIds: [eventId],
    eventCount: 1,
  };
}

// Most edges have no initiator: they share one empty list (frozen, so nothing can add to it) rather
// than one each (at 100,000 events, 79,000 empty arrays).
const NO_INITIATIONS: readonly Initiation[] = Object.freeze([]);

function newEdge(source: string, target: string, eventId: string, kind: EdgeKind): GraphEdge {
  const edge: GraphEdge = {
    id: `${source}|${target}`,
    source,
    target,
    weight: 1,
    eventIds: [eventId],
    kinds: { call: 0, meeting: 0, other: 0 },
    initiated: NO_INITIATIONS,
  };
  edge.kinds[kind] = 1;
  return edge;
}

/**
 * Builds the participant graph of exactly the events given: the caller filters by date window, type,
 * person or article first. Entities only mentioned in an event are not part of it.
 */
export function buildParticipantGraph(
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
): ParticipantGraph {
  const builder = graphBuilder(entities);
  builder.add(events, 0, events.length);
  return builder.finish();
}

/**
 * buildParticipantGraph `slice` events at a time, yielding how many are done, so a caller can spread
 * a large corpus over several tasks (at 100,000 events the whole build takes a third of a second).
 */
export function* participantGraphSteps(
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
  slice: number,
): Generator<number, ParticipantGraph> {
  const builder = graphBuilder(entities);
  for (let from = 0; from < events.length; from += slice) {
    if (from > 0) yield from;
    builder.add(events, from, Math.min(events.length, from + slice));
  }
  return builder.finish();
}

/** The graph built event by event (a plain loop: a generator around it made the whole build slower). */
function graphBuilder(entities: ReadonlyMap<string, EntityRecord>) {
  const nodes = new Map<string, GraphNode>();
  // By source, then target: two lookups of strings already hashed, not a new "source|target" per pair.
  const edges = new Map<string, Map<string, GraphEdge>>();
  const edgeList: GraphEdge[] = [];
  // Reused for every event: at 100,000 events, fresh sets and arrays per event were most of the cost.
  const ids: string[] = [];
  const initiators: string[] = [];

  const add = (events: readonly CorpusEvent[], from: number, to: number) => {
    for (let e = from; e < to; e++) {
      const event = events[e] as CorpusEvent;
      ids.length = 0;
      initiators.length = 0;
      // An entity listed twice in one event still takes part in it once.
      for (const { entity, role } of event.participants) {
        if (!ids.includes(entity)) ids.push(entity);
        if (role === 'initiator') initiators.push(entity);
      }
      if (ids.length > 1) ids.sort(byCodeUnit);

      for (const id of ids) {
        const node = nodes.get(id);
        if (!node) nodes.set(id, nodeFor(id, entities.get(id), event.id));
        else {
          node.eventIds.push(event.id);
          node.eventCount += 1;
        }
      }

      const kind = edgeKindOf(event.type);
      for (let i = 0; i < ids.length; i++) {
        const source = ids[i] as string;
        const sourceInitiated = initiators.length > 0 && initiators.includes(source);
        let targets = edges.get(source);
        for (let j = i + 1; j < ids.length; j++) {
          const target = ids[j] as string;
          if (!targets) {
            targets = new Map();
            edges.set(source, targets);
          }
          let edge = targets.get(target);
          if (!edge) {
            edge = newEdge(source, target, event.id, kind);
            targets.set(target, edge);
            edgeList.push(edge);
          } else {
            edge.weight += 1;
            edge.eventIds.push(event.id);
            edge.kinds[kind] += 1;
          }
          // Two co-initiators say nothing about direction between themselves.
          if (sourceInitiated !== (initiators.length > 0 && initiators.includes(target))) {
            const initiation = sourceInitiated
              ? { from: source, to: target, eventId: event.id }
              : { from: target, to: source, eventId: event.id };
            if (edge.initiated === NO_INITIATIONS) edge.initiated = [initiation];
            else (edge.initiated as Initiation[]).push(initiation);
          }
        }
      }
    }
  };

  const finish = (): ParticipantGraph => {
    // Sorted by each id's rank among the node ids (one string sort of the nodes), not by comparing
    // strings for every pair of edges.
    const sortedNodes = [...nodes.values()].sort((a, b) => byCodeUnit(a.id, b.id));
    const rank = new Map(sortedNodes.map((node, i) => [node.id, i]));
    const key = (edge: GraphEdge) =>
      (rank.get(edge.source) ?? 0) * sortedNodes.length + (rank.get(edge.target) ?? 0);
    const keyed = edgeList.map((edge) => ({ edge, key: key(edge) })).sort((a, b) => a.key - b.key);
    return { nodes: sortedNodes, edges: keyed.map(({ edge }) => edge) };
  };

  return { add, finish };
}
