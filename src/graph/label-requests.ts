import { clipText } from '../model/clip-text.ts';
import type { Lang } from '../model/format-date.ts';
import type { GraphEdge, GraphNode } from '../model/participant-graph.ts';
import type { Disc } from './edge-geometry.ts';
import type { GraphEmphasis } from './graph-emphasis.ts';
import type { Box, LabelRequest } from './place-labels.ts';
import type { LabelSize } from './use-label-sizes.ts';

// A label is read at a glance beside its circle; a name of 200 characters would cover the graph.
const LABEL_CHARACTERS = 40;
/** Nodes that may carry a label at most, busiest first, besides the chosen and highlighted ones. */
export const LABELLED_NODES = 60;
// Chosen and highlighted people are placed before any other, however few their events.
const PINNED = 1e9;
// The selected node's ring lies this far outside its circle (graph-node.tsx), in layout units.
const RING = 4;

/** A node that may be labelled, with its words and its rank for placing. */
export interface Candidate {
  id: string;
  text: string;
  priority: number;
}

/** The nodes that may be labelled: the busiest LABELLED_NODES, and every chosen or highlighted one. */
export function candidatesOf(
  nodes: readonly GraphNode[],
  selected: ReadonlySet<string>,
  emphasis: GraphEmphasis | null,
  lang: Lang,
): Candidate[] {
  const pinned = (id: string) => selected.has(id) || emphasis?.nodes.has(id) === true;
  const busiest = [...nodes].sort((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : 1));
  return busiest.flatMap((node, rank) =>
    rank < LABELLED_NODES || pinned(node.id)
      ? [
          {
            id: node.id,
            text: clipText(node.name[lang], LABEL_CHARACTERS),
            priority: node.eventCount + (pinned(node.id) ? PINNED : 0),
          },
        ]
      : [],
  );
}

/** For each node, the centres of the nodes its drawn edges lead to, on the layout plane. */
export function spokesOf(discs: ReadonlyMap<string, Disc>, edges: readonly GraphEdge[]) {
  const spokes = new Map<string, Disc[]>();
  for (const edge of edges) {
    const [a, b] = [discs.get(edge.source), discs.get(edge.target)];
    if (!a || !b) continue;
    for (const [from, to] of [
      [edge.source, b],
      [edge.target, a],
    ] as const) {
      const list = spokes.get(from);
      if (list) list.push(to);
      else spokes.set(from, [to]);
    }
  }
  return spokes;
}

/**
 * What placeLabels needs, in screen pixels under the zoom `k`: a request for each candidate that is
 * measured and positioned, and every disc as an obstacle (a chosen node's ring included) as busy as
 * its candidate, or less busy than any label when its node has none.
 */
export function labelRequests(
  candidates: readonly Candidate[],
  sizes: ReadonlyMap<string, LabelSize>,
  discs: ReadonlyMap<string, Disc>,
  spokes: ReadonlyMap<string, readonly Disc[]>,
  selected: ReadonlySet<string>,
  k: number,
): { requests: LabelRequest[]; obstacles: { id: string; box: Box; priority: number }[] } {
  const radius = (id: string, d: Disc) => (d.r + (selected.has(id) ? RING : 0)) * k;
  const priorities = new Map(candidates.map((c) => [c.id, c.priority]));
  const requests = candidates.flatMap((c) => {
    const disc = discs.get(c.id);
    const size = sizes.get(c.id);
    if (!disc || !size) return [];
    const ends = (spokes.get(c.id) ?? []).map((end) => ({ x: end.x * k, y: end.y * k }));
    const { width, height } = size;
    return [
      {
        id: c.id,
        x: disc.x * k,
        y: disc.y * k,
        r: radius(c.id, disc),
        width,
        height,
        priority: c.priority,
        spokes: ends,
      },
    ];
  });
  const obstacles = [...discs].map(([id, d]) => {
    const r = radius(id, d);
    const box = { x0: d.x * k - r, y0: d.y * k - r, x1: d.x * k + r, y1: d.y * k + r };
    return { id, box, priority: priorities.get(id) ?? 0 };
  });
  return { requests, obstacles };
}
