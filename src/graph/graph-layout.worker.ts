import {
  type LayoutGraph,
  type LayoutOptions,
  type NodePosition,
  startGraphLayout,
} from '../model/graph-layout.ts';

/** A layout request; a newer request id supersedes every older one. */
export interface LayoutRequest {
  requestId: number;
  graph: LayoutGraph;
  options: LayoutOptions;
}

/** Progress while ticking, then the positions once the run is complete. */
export type LayoutResponse =
  | { requestId: number; type: 'progress'; done: number; total: number }
  | { requestId: number; type: 'done'; positions: NodePosition[] };

// The app's tsconfig types `self` as a Window; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

const TICKS_PER_CHUNK = 20;
let latest = 0;

scope.onmessage = ({ data }) => {
  latest = data.requestId;
  const run = startGraphLayout(data.graph, data.options);
  const chunk = () => {
    // Yielding between chunks lets a newer request arrive and this one be dropped.
    if (data.requestId !== latest) return;
    run.step(TICKS_PER_CHUNK);
    if (run.done() < run.total) {
      scope.postMessage({ requestId: data.requestId, type: 'progress', done: run.done(), total: run.total });
      setTimeout(chunk, 0);
    } else {
      scope.postMessage({ requestId: data.requestId, type: 'done', positions: run.positions() });
    }
  };
  chunk();
};
