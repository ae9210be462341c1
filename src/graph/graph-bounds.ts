import { type NodePosition, nodeRadius } from '../model/graph-layout.ts';
import type { GraphParts } from '../model/participant-graph.ts';
import type { Bounds } from './use-graph-zoom.ts';

// Room around each node for part of its label (beside, above or below the circle; see GraphLabels),
// so a fit leaves the outer labels a margin; what still sticks out is placed on another side.
const LABEL_HALF_WIDTH = 48;
const LABEL_DEPTH = 22;

/** The box around every positioned node and its label, to fit the view to; null when nothing is placed. */
export function boundsOf(graph: GraphParts, positions: ReadonlyMap<string, NodePosition>): Bounds | null {
  const maxCount = graph.nodes.reduce((m, n) => Math.max(m, n.eventCount), 0);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of graph.nodes) {
    const p = positions.get(node.id);
    if (!p) continue;
    const r = nodeRadius(node.eventCount, maxCount);
    const half = Math.max(r, LABEL_HALF_WIDTH);
    x0 = Math.min(x0, p.x - half);
    y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + half);
    y1 = Math.max(y1, p.y + r + LABEL_DEPTH);
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : null;
}
