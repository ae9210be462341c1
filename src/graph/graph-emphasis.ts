import type { ParticipantGraph } from '../model/participant-graph.ts';

/** The nodes and edges that take part in one event. */
export interface GraphEmphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What to bring forward for the highlighted event; null when none is, or it has no one on the graph. */
export function graphEmphasis(
  graph: ParticipantGraph,
  eventId: string | null | undefined,
): GraphEmphasis | null {
  if (!eventId) return null;
  const nodes = new Set(graph.nodes.filter((n) => n.eventIds.includes(eventId)).map((n) => n.id));
  // Fading everything would only say "not here", and hide the graph the person is reading.
  if (nodes.size === 0) return null;
  const edges = new Set(graph.edges.filter((e) => e.eventIds.includes(eventId)).map((e) => e.id));
  return { nodes, edges };
}
