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

/** Ticks run for this long before the worker looks for a newer request. */
const SLICE_MS = 12;
/**
 * Progress is posted at most this often: each message re-renders the graph view on the main thread,
 * and one every 20 ticks was a dozen renders of hundreds of SVG nodes per layout.
 */
const PROGRESS_EVERY_MS = 150;

// setTimeout(0) is clamped to 4 ms once nested, in workers too: a message to ourselves is not.
// One callback per message, in order, so a superseded run's pending slice still wakes only itself.
const yielder = new MessageChannel();
const waiting: (() => void)[] = [];
yielder.port1.onmessage = () => waiting.shift()?.();
const nextTask = (then: () => void) => {
  waiting.push(then);
  yielder.port2.postMessage(null);
};

let latest = 0;

scope.onmessage = ({ data }) => {
  latest = data.requestId;
  const run = startGraphLayout(data.graph, data.options);
  let posted = performance.now();
  const slice = () => {
    // Yielding between slices lets a newer request arrive and this one be dropped.
    if (data.requestId !== latest) return;
    const start = performance.now();
    while (run.done() < run.total && performance.now() - start < SLICE_MS) run.step(1);
    if (run.done() >= run.total) {
      scope.postMessage({ requestId: data.requestId, type: 'done', positions: run.positions() });
      return;
    }
    if (performance.now() - posted >= PROGRESS_EVERY_MS) {
      posted = performance.now();
      scope.postMessage({ requestId: data.requestId, type: 'progress', done: run.done(), total: run.total });
    }
    nextTask(slice);
  };
  slice();
};
