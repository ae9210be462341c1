import { memo, useMemo } from 'react';
import type { GraphStrings } from '../i18n/strings-graph.ts';
import { clipText } from '../model/clip-text.ts';
import type { Lang } from '../model/format-date.ts';
import { type NodePosition, nodeRadius } from '../model/graph-layout.ts';
import type { GraphEdge, GraphParts } from '../model/participant-graph.ts';
import { describeKinds } from './connections-table.tsx';
import { countryColour } from './country-colours.ts';
import { type Disc, edgeShape } from './edge-geometry.ts';
import { EdgeHit, EdgeStrands } from './graph-edge.tsx';
import type { GraphEmphasis } from './graph-emphasis.ts';
import { type Emphasis, GraphNodeMark } from './graph-node.tsx';

// A label is read at a glance beside its circle; a name of 200 characters would cover the graph.
const LABEL_CHARACTERS = 40;

/** Props of GraphCanvas. */
export interface GraphCanvasProps {
  graph: GraphParts;
  positions: ReadonlyMap<string, NodePosition>;
  emphasis: GraphEmphasis | null;
  selected: ReadonlySet<string>;
  /** Id of the edge tooltip, which always shows the edge last hovered or focused. */
  tooltipId: string;
  lang: Lang;
  dir: 'rtl' | 'ltr';
  g: GraphStrings;
  onTogglePerson: (id: string) => void;
  onSelectPair: (a: string, b: string) => void;
  /** Hover or focus on an edge began (true) or ended (false). */
  onShowEdge: (id: string, show: boolean) => void;
}

// Beyond this many nodes labels would pile up, so only the busiest keep theirs (plus selected, highlighted).
const LABELLED_NODES = 60;

function labelledIds(graph: GraphParts): ReadonlySet<string> {
  const busiest = [...graph.nodes].sort((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : 1));
  return new Set(busiest.slice(0, LABELLED_NODES).map((n) => n.id));
}

const emphasisOf = (set: ReadonlySet<string> | undefined, id: string): Emphasis =>
  set ? (set.has(id) ? 'on' : 'off') : undefined;

/** Discs and edge shapes for the nodes that have a position. */
function useShapes(graph: GraphParts, positions: ReadonlyMap<string, NodePosition>) {
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

/**
 * The drawing inside the zoom group: edges under nodes, then a layer of focusable edge lines. Memoised so
 * panning, which changes only the parent's transform, redraws nothing here as long as the callbacks are stable.
 */
export const GraphCanvas = memo(function GraphCanvas(props: GraphCanvasProps) {
  const { graph, positions, emphasis, selected, tooltipId } = props;
  const { lang, dir, g, onTogglePerson, onSelectPair, onShowEdge } = props;
  const { discs, edges } = useShapes(graph, positions);
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.name[lang]])), [graph, lang]);
  const labelled = useMemo(() => labelledIds(graph), [graph]);
  const nameOf = (id: string) => names.get(id) ?? id;

  return (
    <>
      <g>
        {edges.map(({ edge, shape }) => (
          <EdgeStrands key={edge.id} shape={shape} emphasis={emphasisOf(emphasis?.edges, edge.id)} />
        ))}
      </g>
      <g>
        {graph.nodes.map((node) => {
          const disc = discs.get(node.id);
          if (!disc) return null;
          const isSelected = selected.has(node.id);
          const nodeEmphasis = emphasisOf(emphasis?.nodes, node.id);
          return (
            <GraphNodeMark
              key={node.id}
              id={node.id}
              x={disc.x}
              y={disc.y}
              radius={disc.r}
              colour={countryColour(node.country)}
              label={clipText(node.name[lang], LABEL_CHARACTERS)}
              ariaLabel={g.nodeLabel(node.name[lang], node.eventCount)}
              showLabel={labelled.has(node.id) || isSelected || nodeEmphasis === 'on'}
              selected={isSelected}
              emphasis={nodeEmphasis}
              dir={dir}
              onToggle={onTogglePerson}
            />
          );
        })}
      </g>
      <g>
        {edges.map(({ edge, shape }) => (
          <EdgeHit
            key={edge.id}
            id={edge.id}
            shape={shape}
            ariaLabel={g.edgeLabel(
              nameOf(edge.source),
              nameOf(edge.target),
              edge.weight,
              describeKinds(edge, g),
            )}
            describedBy={tooltipId}
            onActivate={() => onSelectPair(edge.source, edge.target)}
            onShow={(show) => onShowEdge(edge.id, show)}
          />
        ))}
      </g>
    </>
  );
});
