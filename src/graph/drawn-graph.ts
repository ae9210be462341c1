import type { GraphEdge, GraphNode, ParticipantGraph } from '../model/participant-graph.ts';

/** Edges drawn at most; the strongest are kept, with any that touch a chosen person or the selected event. */
export const MAX_DRAWN_EDGES = 300;
/** Participants laid out and drawn at most, beyond the ends of the drawn edges and the chosen persons. */
export const MAX_DRAWN_NODES = 400;

const heaviestFirst = (a: GraphEdge, b: GraphEdge) => b.weight - a.weight || (a.id < b.id ? -1 : 1);

// Sorting every edge and node is the costly part and depends only on the graph: once per graph object.
const strongestCache = new WeakMap<ParticipantGraph, ReadonlySet<GraphEdge>>();
const busiestCache = new WeakMap<ParticipantGraph, readonly GraphNode[]>();

// Each participant's edges, so a chosen person's pairs are found without a scan of every edge.
const edgesByNode = new WeakMap<ParticipantGraph, Map<string, GraphEdge[]>>();

function edgesOf(graph: ParticipantGraph, id: string): readonly GraphEdge[] {
  let byNode = edgesByNode.get(graph);
  if (!byNode) {
    byNode = new Map();
    for (const edge of graph.edges) {
      for (const end of [edge.source, edge.target]) {
        const list = byNode.get(end);
        if (list) list.push(edge);
        else byNode.set(end, [edge]);
      }
    }
    edgesByNode.set(graph, byNode);
  }
  return byNode.get(id) ?? [];
}

// The graph's own order: by source, then target, in code units (see participant-graph.ts).
const graphOrder = (a: GraphEdge, b: GraphEdge) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;

/** The `limit` heaviest edges (ties by id), as a set in that order. */
export function strongestEdges(graph: ParticipantGraph, limit = MAX_DRAWN_EDGES): ReadonlySet<GraphEdge> {
  const cached = limit === MAX_DRAWN_EDGES ? strongestCache.get(graph) : undefined;
  if (cached) return cached;
  const chosen = new Set([...graph.edges].sort(heaviestFirst).slice(0, limit));
  if (limit === MAX_DRAWN_EDGES) strongestCache.set(graph, chosen);
  return chosen;
}

function busiestNodes(graph: ParticipantGraph): readonly GraphNode[] {
  let busiest = busiestCache.get(graph);
  if (!busiest) {
    busiest = [...graph.nodes].sort(
      (a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    busiestCache.set(graph, busiest);
  }
  return busiest;
}

const NOTHING: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = {
  nodes: new Set(),
  edges: new Set(),
};

/**
 * The part of a graph that is laid out and drawn. A small graph is drawn whole (the same object). Of a
 * large one, up to `maxEdges` pairs: a chosen person's heaviest first, then the graph's heaviest;
 * always the `also` pairs (the selected event's); their ends, the chosen persons and the `also`
 * people; then the busiest other participants up to `maxNodes`. Thousands of nodes would each be a
 * tab stop and a label, take seconds to lay out and draw, and show no structure (the busiest person
 * of 100,000 events has thousands of partners); the hint says how many are drawn and the connections
 * table lists every pair.
 */
export function drawnGraph(
  graph: ParticipantGraph,
  chosen: ReadonlySet<string>,
  also: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = NOTHING,
  maxEdges = MAX_DRAWN_EDGES,
  maxNodes = MAX_DRAWN_NODES,
): ParticipantGraph {
  if (graph.nodes.length <= maxNodes && graph.edges.length <= maxEdges) return graph;
  const taken = new Set<GraphEdge>();
  if (chosen.size > 0) {
    const theirs = new Set([...chosen].flatMap((id) => edgesOf(graph, id)));
    for (const edge of [...theirs].sort(heaviestFirst).slice(0, maxEdges)) taken.add(edge);
  }
  for (const edge of strongestEdges(graph, maxEdges)) {
    if (taken.size >= maxEdges) break;
    taken.add(edge);
  }
  // The selected event's pairs join its people.
  for (const id of also.nodes)
    for (const edge of edgesOf(graph, id)) if (also.edges.has(edge.id)) taken.add(edge);
  const edges = [...taken].sort(graphOrder);
  const kept = new Set<string>();
  for (const node of graph.nodes) if (chosen.has(node.id) || also.nodes.has(node.id)) kept.add(node.id);
  for (const edge of edges) {
    kept.add(edge.source);
    kept.add(edge.target);
  }
  for (const node of busiestNodes(graph)) {
    if (kept.size >= maxNodes) break;
    kept.add(node.id);
  }
  return { nodes: graph.nodes.filter((node) => kept.has(node.id)), edges };
}
