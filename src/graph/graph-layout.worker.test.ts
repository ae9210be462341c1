import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeGraphLayout, type LayoutGraph } from '../model/graph-layout.ts';
import type { LayoutRequest, LayoutResponse } from './graph-layout.worker.ts';

/** A ring of `n` people, each sharing an event with the next: enough ticks to span several slices. */
function ring(n: number): LayoutGraph {
  const id = (i: number) => `p${String(i).padStart(3, '0')}`;
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: id(i), eventCount: 1 + (i % 5) })),
    edges: Array.from({ length: n }, (_, i) => ({ source: id(i), target: id((i + 1) % n), weight: 1 })),
  };
}

/** Loads the worker's module against a stand-in worker scope and returns what it posts. */
async function startWorker() {
  const posted: LayoutResponse[] = [];
  const scope: {
    onmessage: ((event: { data: LayoutRequest }) => void) | null;
    postMessage: (m: LayoutResponse) => void;
  } = { onmessage: null, postMessage: (message) => posted.push(message) };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./graph-layout.worker.ts');
  const send = (request: LayoutRequest) => scope.onmessage?.({ data: request });
  const doneOf = (requestId: number) => posted.filter((m) => m.type === 'done' && m.requestId === requestId);
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 2_000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { posted, send, doneOf, until };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the graph layout worker', () => {
  it('answers a request once, with the positions the synchronous layout gives', async () => {
    const worker = await startWorker();
    const graph = ring(120);
    worker.send({ requestId: 1, graph, options: {} });
    await worker.until(() => worker.doneOf(1).length > 0);
    // Give a second answer, were there one, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const done = worker.doneOf(1);
    expect(done).toHaveLength(1);
    expect(done[0]).toEqual({ requestId: 1, type: 'done', positions: computeGraphLayout(graph) });
  });

  it('drops a request a newer one supersedes, and answers the newer one once', async () => {
    const worker = await startWorker();
    const first = ring(150);
    const second = ring(90);
    worker.send({ requestId: 1, graph: first, options: {} });
    worker.send({ requestId: 2, graph: second, options: {} });
    await worker.until(() => worker.doneOf(2).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.doneOf(1)).toHaveLength(0);
    expect(worker.doneOf(2)).toHaveLength(1);
    expect(worker.doneOf(2)[0]).toEqual({
      requestId: 2,
      type: 'done',
      positions: computeGraphLayout(second),
    });
  });
});
