import { memo, useMemo, useRef } from 'react';
import { clipText } from '../model/clip-text.ts';
import type { Lang } from '../model/format-date.ts';
import type { GraphEdge, GraphNode } from '../model/participant-graph.ts';
import type { Disc } from './edge-geometry.ts';
import type { GraphEmphasis } from './graph-emphasis.ts';
import { type Box, type LabelRequest, placeLabels } from './place-labels.ts';
import { useLabelSizes } from './use-label-sizes.ts';

// A label is read at a glance beside its circle; a name of 200 characters would cover the graph.
const LABEL_CHARACTERS = 40;
/** Nodes that may carry a label at most, busiest first, besides the chosen and highlighted ones. */
export const LABELLED_NODES = 60;
// Chosen and highlighted people are placed before any other, however few their events.
const PINNED = 1e9;
// The selected node's ring lies this far outside its circle (graph-node.tsx), in layout units.
const RING = 4;

/** Props of GraphLabels. */
export interface GraphLabelsProps {
  nodes: readonly GraphNode[];
  discs: ReadonlyMap<string, Disc>;
  /** The drawn edges: a label keeps off its own node's edges when it can. */
  edges: readonly GraphEdge[];
  selected: ReadonlySet<string>;
  emphasis: GraphEmphasis | null;
  /** The zoom: layout point p is drawn at (x + k·p) on screen. */
  x: number;
  y: number;
  k: number;
  /** The canvas's size in CSS px: a label keeps inside it when it can. */
  width: number;
  height: number;
  lang: Lang;
  dir: 'rtl' | 'ltr';
}

interface Candidate {
  id: string;
  text: string;
  priority: number;
}

/** The nodes that may be labelled: the busiest LABELLED_NODES, and every chosen or highlighted one. */
function candidatesOf(
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
function spokesOf(discs: ReadonlyMap<string, Disc>, edges: readonly GraphEdge[]) {
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
 * The names of the nodes, drawn after (above) every edge and node on a halo of the canvas colour, at
 * 12 CSS px whatever the zoom: the layer is in screen units (only translated), so the zoom moves labels
 * apart without growing them. Placed by placeLabels from the sizes the browser measures; a label with
 * no free side is hidden, and its node keeps its accessible name and tooltip. Decorative to assistive
 * technology, which reads each node's own name.
 */
export const GraphLabels = memo(function GraphLabels(props: GraphLabelsProps) {
  const { nodes, discs, edges, selected, emphasis, x, y, k, width, height, lang, dir } = props;
  const candidates = useMemo(
    () => candidatesOf(nodes, selected, emphasis, lang),
    [nodes, selected, emphasis, lang],
  );
  const layer = useRef<SVGGElement>(null);
  const signature = useMemo(
    () =>
      candidates.length === 0
        ? ''
        : `${dir}\u0001${candidates.map((c) => `${c.id}\u0000${c.text}`).join('\u0001')}`,
    [candidates, dir],
  );
  const sizes = useLabelSizes(layer, signature);
  const spokes = useMemo(() => spokesOf(discs, edges), [discs, edges]);

  const placed = useMemo(() => {
    const ring = (id: string) => (selected.has(id) ? RING : 0);
    const requests: LabelRequest[] = candidates.flatMap((c) => {
      const disc = discs.get(c.id);
      const size = sizes.get(c.id);
      if (!disc || !size) return [];
      const r = (disc.r + ring(c.id)) * k;
      const ends = (spokes.get(c.id) ?? []).map((end) => ({ x: end.x * k, y: end.y * k }));
      return [
        {
          id: c.id,
          x: disc.x * k,
          y: disc.y * k,
          r,
          width: size.width,
          height: size.height,
          priority: c.priority,
          spokes: ends,
        },
      ];
    });
    const obstacles = [...discs].map(([id, d]) => {
      const r = (d.r + ring(id)) * k;
      const box: Box = { x0: d.x * k - r, y0: d.y * k - r, x1: d.x * k + r, y1: d.y * k + r };
      return { id, box };
    });
    // The layer is translated by (x, y), so the canvas is this box in the layer's units.
    const area: Box = { x0: -x, y0: -y, x1: width - x, y1: height - y };
    return new Map(placeLabels(requests, { dir, obstacles, area }).placed.map((p) => [p.id, p.box]));
  }, [candidates, discs, spokes, sizes, selected, x, y, k, width, height, dir]);

  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the layer holds only text, nothing focusable; each node's button names it
    <g ref={layer} className="graph-labels" aria-hidden="true" transform={`translate(${x} ${y})`}>
      {candidates.map((c) => {
        const box = placed.get(c.id);
        const size = sizes.get(c.id);
        const on = emphasis ? emphasis.nodes.has(c.id) : undefined;
        return (
          <text
            key={c.id}
            className="graph-label"
            data-label-for={c.id}
            data-emphasis={on === undefined ? undefined : on ? 'on' : 'off'}
            // The measured box's corner goes to the placed box's corner; the anchor follows.
            x={box && size ? box.x0 - size.dx : 0}
            y={box && size ? box.y0 - size.dy : 0}
            textAnchor="middle"
            direction={dir}
            visibility={box ? undefined : 'hidden'}
          >
            {c.text}
          </text>
        );
      })}
    </g>
  );
});
