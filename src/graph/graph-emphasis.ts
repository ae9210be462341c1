import { edgeId, type ParticipantGraph } from '../model/participant-graph.ts';

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
  const ids = graph.nodes.filter((n) => n.eventIds.includes(eventId)).map((n) => n.id);
  // Fading everything would only say "not here", and hide the graph the person is reading.
  if (ids.length === 0) return null;
  // Every two people of one event are a pair of the graph, joined (among others) by that event.
  const edges = new Set(ids.flatMap((a, i) => ids.slice(i + 1).map((b) => edgeId(a, b))));
  return { nodes: new Set(ids), edges };
}
