import type { GraphEdge, GraphNode, ParticipantGraph } from '../model/participant-graph.ts';

/** Edges drawn at most; the strongest are kept, with any that touch a chosen person or the selected event. */
export const MAX_DRAWN_EDGES = 300;
/** Participants laid out and drawn at most, beyond the chosen persons and the selected event's. */
export const MAX_DRAWN_NODES = 400;
/** The busiest participants, each drawn with its heaviest pair even when that is not among the strongest. */
export const BUSIEST_DRAWN = 100;

const heaviestFirst = (a: GraphEdge, b: GraphEdge) => b.weight - a.weight || (a.id < b.id ? -1 : 1);

// Sorting every edge and node is the costly part and depends only on the graph: once per graph object.
const strongestCache = new WeakMap<ParticipantGraph, ReadonlySet<GraphEdge>>();
const busiestCache = new WeakMap<ParticipantGraph, readonly GraphNode[]>();

/** Each participant's edges and heaviest edge, so no choice scans every edge of a large graph. */
interface Incidence {
  edges: Map<string, GraphEdge[]>;
  heaviest: Map<string, GraphEdge>;
}
const incidences = new WeakMap<ParticipantGraph, Incidence>();

function incidenceOf(graph: ParticipantGraph): Incidence {
  let incidence = incidences.get(graph);
  if (!incidence) {
    incidence = { edges: new Map(), heaviest: new Map() };
    for (const edge of graph.edges) {
      for (const end of [edge.source, edge.target]) {
        const list = incidence.edges.get(end);
        if (list) list.push(edge);
        else incidence.edges.set(end, [edge]);
        const best = incidence.heaviest.get(end);
        if (!best || heaviestFirst(edge, best) < 0) incidence.heaviest.set(end, edge);
      }
    }
    incidences.set(graph, incidence);
  }
  return incidence;
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
 * large one, pairs in this order while there is room (`maxEdges` pairs, `maxNodes` people): a chosen
 * person's, heaviest first; the heaviest pair of each of the BUSIEST_DRAWN busiest participants; the
 * graph's heaviest. The selected event's pairs and people and the chosen persons are always drawn.
 * Only people with a drawn pair are drawn besides, so what is on screen is connected to something.
 * Thousands of nodes would each be a tab stop and a label, take seconds to lay out and draw, and show
 * no structure (the busiest person of 100,000 events has thousands of partners); the hint says how
 * many are drawn and the connections table lists every pair.
 */
export function drawnGraph(
  graph: ParticipantGraph,
  chosen: ReadonlySet<string>,
  also: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = NOTHING,
  maxEdges = MAX_DRAWN_EDGES,
  maxNodes = MAX_DRAWN_NODES,
): ParticipantGraph {
  if (graph.nodes.length <= maxNodes && graph.edges.length <= maxEdges) return graph;
  const incidence = incidenceOf(graph);
  const kept = new Set<string>();
  const taken = new Set<GraphEdge>();
  for (const node of graph.nodes) if (chosen.has(node.id) || also.nodes.has(node.id)) kept.add(node.id);
  for (const id of also.nodes) {
    for (const edge of incidence.edges.get(id) ?? []) if (also.edges.has(edge.id)) taken.add(edge);
  }
  const take = (edge: GraphEdge | undefined) => {
    if (!edge || taken.has(edge) || taken.size >= maxEdges) return;
    const grows = (kept.has(edge.source) ? 0 : 1) + (kept.has(edge.target) ? 0 : 1);
    if (kept.size + grows > maxNodes) return;
    taken.add(edge);
    kept.add(edge.source);
    kept.add(edge.target);
  };
  if (chosen.size > 0) {
    const theirs = new Set([...chosen].flatMap((id) => incidence.edges.get(id) ?? []));
    for (const edge of [...theirs].sort(heaviestFirst)) take(edge);
  }
  for (const node of busiestNodes(graph).slice(0, BUSIEST_DRAWN)) take(incidence.heaviest.get(node.id));
  for (const edge of strongestEdges(graph, maxEdges)) take(edge);
  return { nodes: graph.nodes.filter((node) => kept.has(node.id)), edges: [...taken].sort(graphOrder) };
}
