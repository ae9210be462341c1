import type { GraphNode, GraphParts, ParticipantGraph } from '../model/participant-graph.ts';

/** Edges drawn at most; the strongest are kept, with any that touch a chosen person or the selected event. */
export const MAX_DRAWN_EDGES = 300;
/** Participants laid out and drawn at most, beyond the chosen persons and the selected event's. */
export const MAX_DRAWN_NODES = 400;
/** The busiest participants, each drawn with its heaviest pair even when that is not among the strongest. */
export const BUSIEST_DRAWN = 100;

// Depends only on the graph: computed once per graph object.
const strongestCache = new WeakMap<ParticipantGraph, Int32Array>();
const busiestCache = new WeakMap<ParticipantGraph, Int32Array>();
const heaviestCache = new WeakMap<ParticipantGraph, Int32Array>();

/** Each node's heaviest edge (the first in graph order among equals), −1 for none. */
function heaviestOf(graph: ParticipantGraph): Int32Array {
  let heaviest = heaviestCache.get(graph);
  if (!heaviest) {
    const { sources, targets, weights } = graph;
    const best = new Int32Array(graph.nodes.length).fill(-1);
    for (let i = 0; i < graph.edgeCount; i++) {
      for (const node of [sources[i] as number, targets[i] as number]) {
        const current = best[node] as number;
        if (current < 0 || (weights[i] as number) > (weights[current] as number)) best[node] = i;
      }
    }
    heaviestCache.set(graph, best);
    heaviest = best;
  }
  return heaviest;
}

/** The edges that touch any of the nodes numbered `nodes`, in graph order. */
function edgesOf(graph: ParticipantGraph, nodes: ReadonlySet<number>): number[] {
  const found: number[] = [];
  if (nodes.size === 0) return found;
  for (let i = 0; i < graph.edgeCount; i++) {
    if (nodes.has(graph.sources[i] as number) || nodes.has(graph.targets[i] as number)) found.push(i);
  }
  return found;
}

/** Edge numbers heaviest first; a stable sort keeps equals in graph order. */
const heaviestFirst = (graph: ParticipantGraph, edges: number[]) =>
  edges.sort((a, b) => (graph.weights[b] as number) - (graph.weights[a] as number));

/**
 * The numbers of the `limit` heaviest edges (ties in graph order), heaviest first. Weights are counts,
 * so one pass counts each weight, finds the lightest weight that still gets a place, and a second pass
 * takes the edges: no sort of every edge.
 */
export function strongestEdges(graph: ParticipantGraph, limit = MAX_DRAWN_EDGES): Int32Array {
  const cached = limit === MAX_DRAWN_EDGES ? strongestCache.get(graph) : undefined;
  if (cached) return cached;
  const { weights, edgeCount } = graph;
  let max = 0;
  for (let i = 0; i < edgeCount; i++) max = Math.max(max, weights[i] as number);
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < edgeCount; i++)
    counts[weights[i] as number] = (counts[weights[i] as number] as number) + 1;
  let lightest = max;
  let above = 0;
  while (lightest > 1 && above + (counts[lightest] as number) < limit) above += counts[lightest--] as number;
  let room = limit - above;
  const taken: number[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const weight = weights[i] as number;
    if (weight > lightest || (weight === lightest && room-- > 0)) taken.push(i);
  }
  const chosen = Int32Array.from(heaviestFirst(graph, taken));
  if (limit === MAX_DRAWN_EDGES) strongestCache.set(graph, chosen);
  return chosen;
}

/** Node numbers, busiest first; nodes are in id order, which the stable sort keeps among equals. */
function busiestNodes(graph: ParticipantGraph): Int32Array {
  let busiest = busiestCache.get(graph);
  if (!busiest) {
    const { nodes } = graph;
    busiest = Int32Array.from(
      nodes
        .map((_, i) => i)
        .sort((a, b) => (nodes[b] as GraphNode).eventCount - (nodes[a] as GraphNode).eventCount),
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
): GraphParts {
  if (graph.nodes.length <= maxNodes && graph.edgeCount <= maxEdges) return graph;
  const { nodes, sources, targets } = graph;
  const numbersOf = (ids: ReadonlySet<string>) => {
    const numbers = new Set<number>();
    if (ids.size === 0) return numbers;
    for (let i = 0; i < nodes.length; i++) if (ids.has((nodes[i] as GraphNode).id)) numbers.add(i);
    return numbers;
  };
  const chosenNodes = numbersOf(chosen);
  const alsoNodes = numbersOf(also.nodes);
  const kept = new Set([...chosenNodes, ...alsoNodes]);
  const taken = new Set<number>();
  for (const i of edgesOf(graph, alsoNodes)) if (also.edges.has(graph.edgeAt(i).id)) taken.add(i);
  const take = (edge: number) => {
    if (edge < 0 || taken.has(edge) || taken.size >= maxEdges) return;
    const source = sources[edge] as number;
    const target = targets[edge] as number;
    const grows = (kept.has(source) ? 0 : 1) + (kept.has(target) ? 0 : 1);
    if (kept.size + grows > maxNodes) return;
    taken.add(edge);
    kept.add(source);
    kept.add(target);
  };
  for (const edge of heaviestFirst(graph, edgesOf(graph, chosenNodes))) take(edge);
  const heaviest = heaviestOf(graph);
  for (const node of busiestNodes(graph).subarray(0, BUSIEST_DRAWN)) take(heaviest[node] as number);
  for (const edge of strongestEdges(graph, maxEdges)) take(edge);
  // Edge numbers are in graph order, node numbers in id order.
  return {
    nodes: [...kept].sort((a, b) => a - b).map((i) => nodes[i] as GraphNode),
    edges: [...taken].sort((a, b) => a - b).map((i) => graph.edgeAt(i)),
  };
}
