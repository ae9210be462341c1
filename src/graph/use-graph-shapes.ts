import { useMemo } from 'react';
import { type NodePosition, nodeRadius } from '../model/graph-layout.ts';
import type { GraphEdge, GraphParts } from '../model/participant-graph.ts';
import { type Disc, type EdgeShape, edgeShape } from './edge-geometry.ts';

/** Where each positioned node's circle is, and every edge whose two ends are positioned. */
export interface GraphShapes {
  discs: ReadonlyMap<string, Disc>;
  edges: readonly { edge: GraphEdge; shape: EdgeShape }[];
}

/** Discs and edge shapes on the layout plane, for the nodes that have a position; memoised on both. */
export function useGraphShapes(graph: GraphParts, positions: ReadonlyMap<string, NodePosition>): GraphShapes {
  return useMemo(() => {
    const maxCount = graph.nodes.reduce((m, n) => Math.max(m, n.eventCount), 0);
    const discs = new Map<string, Disc>();
    for (const node of graph.nodes) {
      const p = positions.get(node.id);
      if (p) discs.set(node.id, { x: p.x, y: p.y, r: nodeRadius(node.eventCount, maxCount) });
    }
    const edges = graph.edges.flatMap((edge: GraphEdge) => {
      const [a, b] = [discs.get(edge.source), discs.get(edge.target)];
      return a && b ? [{ edge, shape: edgeShape(edge, a, b) }] : [];
    });
    return { discs, edges };
  }, [graph, positions]);
}
