import { memo, useMemo, useRef } from 'react';
import type { Lang } from '../model/format-date.ts';
import type { GraphEdge, GraphNode } from '../model/participant-graph.ts';
import type { Disc } from './edge-geometry.ts';
import type { GraphEmphasis } from './graph-emphasis.ts';
import { candidatesOf, labelRequests, spokesOf } from './label-requests.ts';
import { type Box, placeLabels } from './place-labels.ts';
import { useLabelSizes } from './use-label-sizes.ts';

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
    const { requests, obstacles } = labelRequests(candidates, sizes, discs, spokes, selected, k);
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
