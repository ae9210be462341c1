import type { GraphEdge } from '../participant-graph.ts';

/** Who reached out in an edge's events: one side always (a direction to draw), both, or no one. */
export interface EdgeDirection {
  /** The entity that initiated every initiated event of the pair, or null when none or both did. */
  initiator: string | null;
  /** How many of the pair's events had an initiator. */
  initiations: number;
}

/** The direction of an edge, from its initiations. */
export function edgeDirection(edge: Pick<GraphEdge, 'initiated'>): EdgeDirection {
  const from = new Set(edge.initiated.map((i) => i.from));
  return {
    initiator: from.size === 1 ? (from.values().next().value as string) : null,
    initiations: edge.initiated.length,
  };
}
