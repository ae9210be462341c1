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
  initiated: Initiation[];
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

function nodeFor(id: string, entity: EntityRecord | undefined): GraphNode {
  // A validated corpus always resolves its participants; the fallback keeps a partly loaded corpus drawable.
  return {
    id,
    kind: entity?.kind ?? 'person',
    country: entity?.country ?? null,
    name: entity ? { ar: entity.name.ar, en: entity.name.en } : { ar: id, en: id },
    eventIds: [],
    eventCount: 0,
  };
}

/**
 * Builds the participant graph of exactly the events given: the caller filters by date window, type,
 * person or article first. Entities only mentioned in an event are not part of it.
 */
export function buildParticipantGraph(
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
): ParticipantGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  for (const event of events) {
    // An entity listed twice in one event still takes part in it once.
    const ids = [...new Set(event.participants.map((p) => p.entity))].sort(byCodeUnit);
    const initiators = new Set(event.participants.filter((p) => p.role === 'initiator').map((p) => p.entity));

    for (const id of ids) {
      let node = nodes.get(id);
      if (!node) {
        node = nodeFor(id, entities.get(id));
        nodes.set(id, node);
      }
      node.eventIds.push(event.id);
      node.eventCount += 1;
    }

    ids.forEach((source, i) => {
      for (const target of ids.slice(i + 1)) {
        const key = edgeId(source, target);
        let edge = edges.get(key);
        if (!edge) {
          edge = {
            id: key,
            source,
            target,
            weight: 0,
            eventIds: [],
            kinds: { call: 0, meeting: 0, other: 0 },
            initiated: [],
          };
          edges.set(key, edge);
        }
        edge.weight += 1;
        edge.eventIds.push(event.id);
        edge.kinds[edgeKindOf(event.type)] += 1;
        // Two co-initiators say nothing about direction between themselves.
        if (initiators.has(source) !== initiators.has(target)) {
          const [from, to] = initiators.has(source) ? [source, target] : [target, source];
          edge.initiated.push({ from, to, eventId: event.id });
        }
      }
    });
  }

  return {
    nodes: [...nodes.values()].sort((a, b) => byCodeUnit(a.id, b.id)),
    edges: [...edges.values()].sort(
      (a, b) => byCodeUnit(a.source, b.source) || byCodeUnit(a.target, b.target),
    ),
  };
}
