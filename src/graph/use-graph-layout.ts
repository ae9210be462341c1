import { useEffect, useMemo, useRef, useState } from 'react';
import { computeGraphLayout, type LayoutGraph, type NodePosition } from '../model/graph-layout.ts';
import type { LayoutRequest, LayoutResponse } from './graph-layout.worker.ts';

/** Positions to draw and whether they belong to the current graph yet. */
export interface GraphLayoutState<G extends LayoutGraph = LayoutGraph> {
  positions: ReadonlyMap<string, NodePosition>;
  /**
   * The graph the positions are of: the one given once laid out, until then the last one laid out, so
   * the drawing never shows a new graph on an old layout (half its people missing, the rest redrawn
   * twice) while the worker works.
   */
  graph: G;
  /** False while a worker lays out the current graph; positions are then the last layout's. */
  settled: boolean;
  /** Share of the current layout done, 0 to 1. */
  progress: number;
  /** Changes whenever the laid-out structure does, e.g. to refit the view. */
  key: string;
}

/** Options of useGraphLayout. */
export interface GraphLayoutOptions {
  /** Graphs with more nodes than this are laid out in a worker. Default 60. */
  workerThreshold?: number;
}

/** A key for what the layout reads, so a new graph object with the same structure is not laid out again. */
export function layoutKey(graph: LayoutGraph): string {
  const nodes = graph.nodes.map((n) => `${n.id}:${n.eventCount}`).join(',');
  const edges = graph.edges.map((e) => `${e.source}>${e.target}:${e.weight}`).join(',');
  return `${nodes}|${edges}`;
}

function plain(graph: LayoutGraph): LayoutGraph {
  return {
    nodes: graph.nodes.map(({ id, eventCount }) => ({ id, eventCount })),
    edges: graph.edges.map(({ source, target, weight }) => ({ source, target, weight })),
  };
}

interface Background {
  key: string;
  positions: NodePosition[] | null;
  progress: number;
}

let nextRequestId = 1;

/** Lays the graph out: small graphs synchronously, big ones in a worker; marks `rasd:graph-settled`. */
export function useGraphLayout<G extends LayoutGraph>(
  graph: G,
  options: GraphLayoutOptions = {},
): GraphLayoutState<G> {
  // A force layout of a few hundred nodes takes a quarter of a second: off the main thread from 60.
  const { workerThreshold = 60 } = options;
  // The key is a string of every node and edge: built once per graph object, not on every render.
  const key = useMemo(() => layoutKey(graph), [graph]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one object per structure, so a re-render with an equal graph lays nothing out
  const stable = useMemo(() => graph, [key]);
  const applied = useRef<NodePosition[]>([]);
  const appliedGraph = useRef<G | null>(null);
  // Set when the worker fails (its code did not load, a strict CSP, it threw): from then on every
  // layout is made here. Before, only the layout then asked for was: the next graph was posted to the
  // dead worker and never settled.
  const [workerFailed, setWorkerFailed] = useState(false);
  const inWorker = graph.nodes.length > workerThreshold && typeof Worker !== 'undefined' && !workerFailed;

  const direct = useMemo(
    () => (inWorker ? null : computeGraphLayout(stable, { previous: applied.current })),
    [stable, inWorker],
  );

  const [background, setBackground] = useState<Background | null>(null);
  // The worker is made the first time a graph needs it and kept until the view goes. Made again and
  // terminated at each filter that crossed the threshold, it left the page some megabytes each time
  // that a terminated worker's thread never gives back (as the word index's worker showed: ~50 MB).
  const made = useRef<Worker | null>(null);
  const [worker, setWorker] = useState<Worker | null>(null);
  useEffect(() => {
    if (!inWorker || made.current) return;
    made.current = new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
    setWorker(made.current);
  }, [inWorker]);
  useEffect(
    () => () => {
      made.current?.terminate();
      made.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!worker || !inWorker) return;
    const requestId = nextRequestId++;
    const previous = applied.current;
    const request: LayoutRequest = { requestId, graph: plain(stable), options: { previous } };
    setBackground({ key, positions: null, progress: 0 });
    worker.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
      if (data.requestId !== requestId) return;
      if (data.type === 'progress') setBackground({ key, positions: null, progress: data.done / data.total });
      else setBackground({ key, positions: data.positions, progress: 1 });
    };
    // A worker that cannot load (a strict CSP, say) must not leave the graph blank: this layout and
    // every later one are made here (`direct`).
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (made.current === worker) made.current = null;
      setWorker(null);
      setWorkerFailed(true);
    };
    worker.postMessage(request);
  }, [worker, inWorker, stable, key]);

  const current = background?.key === key ? background : null;
  const positions = direct ?? current?.positions ?? null;
  const shown = positions ?? applied.current;
  const settled = positions !== null;

  useEffect(() => {
    if (!settled) return;
    applied.current = shown;
    appliedGraph.current = stable;
    performance.mark('rasd:graph-settled');
  }, [shown, settled, stable]);

  const byId = useMemo(() => new Map(shown.map((p) => [p.id, p])), [shown]);
  const drawn = settled ? stable : (appliedGraph.current ?? stable);
  return { positions: byId, graph: drawn, settled, progress: settled ? 1 : (current?.progress ?? 0), key };
}
