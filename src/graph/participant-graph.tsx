import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { GRAPH_STRINGS } from '../i18n/strings-graph.ts';
import { formatNumber } from '../model/format-date.ts';
import { type ParticipantGraph, sharedEventIds } from '../model/participant-graph.ts';
import { usePersonsOfGraph } from '../state/use-participant-graph.ts';
import { ConnectionsTable } from './connections-table.tsx';
import { drawnGraph } from './drawn-graph.ts';
import { EdgeTooltip } from './edge-tooltip.tsx';
import { boundsOf } from './graph-bounds.ts';
import { GraphCanvas } from './graph-canvas.tsx';
import { graphEmphasis } from './graph-emphasis.ts';
import { GraphLabels } from './graph-labels.tsx';
import { GraphLegend } from './graph-legend.tsx';
import { GraphToolbar } from './graph-toolbar.tsx';
import './graph.css';
import { useElementSize } from './use-element-size.ts';
import { useGraphLayout } from './use-graph-layout.ts';
import { useGraphShapes } from './use-graph-shapes.ts';
import { useGraphZoom } from './use-graph-zoom.ts';

/** Props of ParticipantGraphView. Pass stable callbacks (useCallback) so panning redraws nothing. */
export interface ParticipantGraphViewProps {
  /** The graph of the events on screen, from buildParticipantGraph. */
  graph: ParticipantGraph;
  /** The hovered or selected event: its participants and edges stand out, the rest fade. Default none. */
  highlightedEventId?: string | null;
  /** The selected event, whose people and pairs a large graph always draws. Default none. */
  selectedEventId?: string | null;
  /** Entities in the person filter, drawn pressed (once the graph of their events is built: `pending` null). */
  selectedPersonIds: readonly string[];
  /** A node was activated: add or remove that entity from the person filter. */
  onTogglePerson: (id: string) => void;
  /** An edge or table row was activated: show the events these two share. */
  onSelectPair: (a: string, b: string) => void;
  /** An event's title in the interface language, for the edge tooltips. */
  eventTitle: (id: string) => string;
  /** Graphs with more nodes than this are laid out in a worker. Default 60. */
  workerThreshold?: number;
  /** 0–1 while the graph of new events is still being built (`graph` is then the previous one). */
  pending?: number | null;
  /** Whether the wheel zooms only with Ctrl or ⌘ held, as in an embed (default false). */
  wheelZoomNeedsKey?: boolean;
}

/** The participant graph: zoomable drawing, controls, legend and the connections table as its text alternative. */
export function ParticipantGraphView(props: ParticipantGraphViewProps) {
  const {
    graph,
    highlightedEventId = null,
    selectedEventId = null,
    selectedPersonIds,
    onTogglePerson,
    onSelectPair,
    eventTitle,
    pending = null,
    wheelZoomNeedsKey = false,
  } = props;
  const { lang, t } = useLocale();
  const g = GRAPH_STRINGS[lang];
  const canvasRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(canvasRef, { width: 600, height: 400 });
  // The drawing keeps the selection it was made with until the one that replaces it is ready: while the
  // graph of new events is still being built, the persons it was drawn with (here), and while a new
  // drawing is being laid out, the nodes pressed as they were (`pressed`, below).
  const persons = usePersonsOfGraph(selectedPersonIds, pending);
  const selected = useMemo(() => new Set(persons), [persons]);
  // The node last toggled stays drawn even once un-chosen, so the keyboard focus on it is not lost
  // when a large graph is drawn in part and it is not among the busiest.
  const [toggled, setToggled] = useState<string | null>(null);
  const togglePerson = useCallback(
    (id: string) => {
      setToggled(id);
      onTogglePerson(id);
    },
    [onTogglePerson],
  );
  const kept = useMemo(
    () => (toggled && !selected.has(toggled) ? new Set([...selected, toggled]) : selected),
    [selected, toggled],
  );
  // A large graph is laid out and drawn in part (see drawnGraph); a small one whole.
  const drawn = useMemo(
    () => drawnGraph(graph, kept, graphEmphasis(graph, selectedEventId) ?? undefined),
    [graph, kept, selectedEventId],
  );
  const layout = useGraphLayout(drawn, { workerThreshold: props.workerThreshold ?? 60 });
  const { transform, fitView, zoomBy, movedByHand } = useGraphZoom(svgRef, size, wheelZoomNeedsKey);
  const tooltipId = useId();
  const [shownEdge, setShownEdge] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const onShowEdge = useCallback((id: string, show: boolean) => {
    setShownEdge((current) => (show ? id : current === id ? null : current));
  }, []);

  const emphasis = useMemo(() => graphEmphasis(graph, highlightedEventId), [graph, highlightedEventId]);
  // What is on screen: the drawn part once laid out, until then the last one laid out, pressed as it
  // was then. Pressing the new persons' nodes in the old drawing redrew all of it (some 28 ms at 300
  // nodes) in the render that sends the new graph to its layout, which waited for it, only for the new
  // drawing to replace it once laid out.
  const onScreen = layout.graph;
  const selectedWhenSettled = useRef(selected);
  useEffect(() => {
    if (layout.settled) selectedWhenSettled.current = selected;
  }, [layout.settled, selected]);
  const pressed = layout.settled ? selected : selectedWhenSettled.current;
  const bounds = useMemo(() => boundsOf(onScreen, layout.positions), [onScreen, layout.positions]);
  const shapes = useGraphShapes(onScreen, layout.positions);
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const nameOf = useCallback((id: string) => nodes.get(id)?.name[lang] ?? id, [nodes, lang]);

  // A new layout or a new size refits the view, unless the person has since moved it by hand.
  useEffect(() => {
    if (layout.settled && bounds && !movedByHand()) fitView(bounds);
  }, [layout.settled, bounds, fitView, movedByHand]);

  const tooltipEdge = useMemo(
    () => (shownEdge ? onScreen.edges.find((e) => e.id === shownEdge) : undefined),
    [onScreen, shownEdge],
  );
  const tooltipEvents = useMemo(() => {
    const [a, b] = tooltipEdge ? [nodes.get(tooltipEdge.source), nodes.get(tooltipEdge.target)] : [];
    return a && b ? sharedEventIds(a, b) : [];
  }, [nodes, tooltipEdge]);
  const [a, b] = tooltipEdge
    ? [layout.positions.get(tooltipEdge.source), layout.positions.get(tooltipEdge.target)]
    : [undefined, undefined];
  const anchor = a && b ? transform.apply([(a.x + b.x) / 2, (a.y + b.y) / 2]) : null;

  return (
    <div className="participant-graph">
      <GraphToolbar
        onZoom={zoomBy}
        onFit={() => bounds && fitView(bounds)}
        settled={layout.settled && pending === null}
        progress={pending ?? layout.progress}
        g={g}
      />
      <div className="graph-canvas" ref={canvasRef} data-settled={layout.settled && pending === null}>
        {/* biome-ignore lint/a11y/useSemanticElements: a fieldset cannot hold SVG; role="img" would hide the buttons inside */}
        <svg
          ref={svgRef}
          className="graph-svg"
          viewBox={`0 0 ${size.width} ${size.height}`}
          role="group"
          aria-label={g.graphLabel(graph.nodes.length, graph.edgeCount)}
          aria-describedby={`${tooltipId}-hint`}
        >
          <g transform={transform.toString()}>
            <GraphCanvas
              graph={onScreen}
              shapes={shapes}
              emphasis={emphasis}
              selected={pressed}
              tooltipId={tooltipId}
              lang={lang}
              g={g}
              onTogglePerson={togglePerson}
              onSelectPair={onSelectPair}
              onShowEdge={onShowEdge}
            />
          </g>
          {/* After the zoom group, so every label is painted above every edge, node and focus line. */}
          <GraphLabels
            nodes={onScreen.nodes}
            discs={shapes.discs}
            edges={onScreen.edges}
            selected={pressed}
            emphasis={emphasis}
            x={transform.x}
            y={transform.y}
            k={transform.k}
            width={size.width}
            height={size.height}
            lang={lang}
            dir={t.dir}
          />
        </svg>
        {graph.nodes.length === 0 ? <p className="graph-empty muted">{g.empty}</p> : null}
        {tooltipEdge && anchor ? (
          <EdgeTooltip
            id={tooltipId}
            edge={tooltipEdge}
            eventIds={tooltipEvents}
            left={anchor[0]}
            top={anchor[1]}
            canvasWidth={size.width}
            canvasHeight={size.height}
            nameOf={nameOf}
            eventTitle={eventTitle}
            g={g}
          />
        ) : (
          // Every edge is described by the tooltip's id: an empty stand-in keeps the reference whole.
          <div id={tooltipId} hidden />
        )}
      </div>
      <p className="graph-hint muted" id={`${tooltipId}-hint`}>
        {wheelZoomNeedsKey ? g.zoomHintWithKey : g.zoomHint}
        {drawn.edges.length < graph.edgeCount
          ? ` ${g.edgesShown(formatNumber(drawn.edges.length, lang), formatNumber(graph.edgeCount, lang))}`
          : ''}
        {drawn.nodes.length < graph.nodes.length
          ? ` ${g.nodesShown(formatNumber(drawn.nodes.length, lang), formatNumber(graph.nodes.length, lang))}`
          : ''}
      </p>
      <GraphLegend
        nodes={onScreen.nodes}
        lang={lang}
        directed={onScreen.edges.some((e) => e.initiated.length > 0)}
        g={g}
      />
      <details className="graph-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>
          {g.tableSummary} ({formatNumber(graph.edgeCount, lang)})
        </summary>
        {/* Rendered only when open: a big corpus has thousands of pairs, and the drawing re-renders on every pan. */}
        {tableOpen ? (
          <ConnectionsTable
            edges={graph.edges}
            nameOf={nameOf}
            onSelectPair={onSelectPair}
            lang={lang}
            g={g}
          />
        ) : null}
      </details>
    </div>
  );
}
