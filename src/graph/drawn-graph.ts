import type { GraphEdge, ParticipantGraph } from '../model/participant-graph.ts';

/** Edges drawn at most; the strongest are kept, with any that touch a chosen person or the selected event. */
export const MAX_DRAWN_EDGES = 300;
/** Participants laid out and drawn at most, beyond the ends of the drawn edges and the chosen persons. */
export const MAX_DRAWN_NODES = 400;

// Sorting every edge is the costly part and depends only on the graph: done once per graph object.
const strongestCache = new WeakMap<ParticipantGraph, ReadonlySet<GraphEdge>>();

/** The `limit` heaviest edges (ties by id), as a set. */
export function strongestEdges(graph: ParticipantGraph, limit = MAX_DRAWN_EDGES): ReadonlySet<GraphEdge> {
  const cached = limit === MAX_DRAWN_EDGES ? strongestCache.get(graph) : undefined;
  if (cached) return cached;
  const sorted = [...graph.edges].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  const chosen = new Set(sorted.slice(0, limit));
  if (limit === MAX_DRAWN_EDGES) strongestCache.set(graph, chosen);
  return chosen;
}

const NOTHING: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = {
  nodes: new Set(),
  edges: new Set(),
};

/**
 * The part of a graph that is laid out and drawn. A small graph is drawn whole (the same object). Of a
 * large one: the strongest edges, every edge of a chosen person and the `also` edges (the selected
 * event's), their ends, the chosen persons and the `also` nodes, then the busiest other participants up to `maxNodes`.
 * Thousands of nodes would each be a tab stop and a label, take seconds to lay out, and show no
 * structure; the connections table lists every pair.
 */
export function drawnGraph(
  graph: ParticipantGraph,
  chosen: ReadonlySet<string>,
  also: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = NOTHING,
  maxEdges = MAX_DRAWN_EDGES,
  maxNodes = MAX_DRAWN_NODES,
): ParticipantGraph {
  if (graph.nodes.length <= maxNodes && graph.edges.length <= maxEdges) return graph;
  const strongest = strongestEdges(graph, maxEdges);
  const edges = graph.edges.filter(
    (edge) =>
      strongest.has(edge) || chosen.has(edge.source) || chosen.has(edge.target) || also.edges.has(edge.id),
  );
  const kept = new Set<string>();
  for (const node of graph.nodes) if (chosen.has(node.id) || also.nodes.has(node.id)) kept.add(node.id);
  for (const edge of edges) {
    kept.add(edge.source);
    kept.add(edge.target);
  }
  if (kept.size < maxNodes) {
    const busiest = [...graph.nodes].sort(
      (a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const node of busiest) {
      if (kept.size >= maxNodes) break;
      kept.add(node.id);
    }
  }
  return { nodes: graph.nodes.filter((node) => kept.has(node.id)), edges };
}
