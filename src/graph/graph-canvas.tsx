import { memo, useMemo } from 'react';
import type { GraphStrings } from '../i18n/strings-graph.ts';
import type { Lang } from '../model/format-date.ts';
import type { GraphParts } from '../model/participant-graph.ts';
import { describeKinds } from './connections-table.tsx';
import { countryColour } from './country-colours.ts';
import { EdgeHit, EdgeStrands } from './graph-edge.tsx';
import type { GraphEmphasis } from './graph-emphasis.ts';
import { type Emphasis, GraphNodeMark } from './graph-node.tsx';
import type { GraphShapes } from './use-graph-shapes.ts';

/** Props of GraphCanvas. */
export interface GraphCanvasProps {
  graph: GraphParts;
  /** Discs and edges of the positioned part of `graph`, from useGraphShapes. */
  shapes: GraphShapes;
  emphasis: GraphEmphasis | null;
  selected: ReadonlySet<string>;
  /** Id of the edge tooltip, which always shows the edge last hovered or focused. */
  tooltipId: string;
  lang: Lang;
  g: GraphStrings;
  onTogglePerson: (id: string) => void;
  onSelectPair: (a: string, b: string) => void;
  /** Hover or focus on an edge began (true) or ended (false). */
  onShowEdge: (id: string, show: boolean) => void;
}

const emphasisOf = (set: ReadonlySet<string> | undefined, id: string): Emphasis =>
  set ? (set.has(id) ? 'on' : 'off') : undefined;

/**
 * The drawing inside the zoom group: edges under nodes, then a layer of focusable edge lines (the
 * labels are drawn above all of it, by GraphLabels). Memoised so
 * panning, which changes only the parent's transform, redraws nothing here as long as the callbacks are stable.
 */
export const GraphCanvas = memo(function GraphCanvas(props: GraphCanvasProps) {
  const { graph, shapes, emphasis, selected, tooltipId } = props;
  const { lang, g, onTogglePerson, onSelectPair, onShowEdge } = props;
  const { discs, edges } = shapes;
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.name[lang]])), [graph, lang]);
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
              ariaLabel={g.nodeLabel(node.name[lang], node.eventCount)}
              selected={isSelected}
              emphasis={nodeEmphasis}
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
