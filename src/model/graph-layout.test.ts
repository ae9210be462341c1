import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import {
  computeGraphLayout,
  type LayoutGraph,
  type NodePosition,
  nodeRadius,
  seededRandom,
  startGraphLayout,
} from './graph-layout.ts';
import { buildParticipantGraph } from './participant-graph.ts';

const corpus = seedCorpus();
const graph = buildParticipantGraph(corpus.events, corpus.entities);

const at = (positions: NodePosition[], id: string) => positions.find((p) => p.id === id) as NodePosition;
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('seededRandom', () => {
  it('is a repeatable LCG in [0, 1)', () => {
    const a = seededRandom(1);
    expect([a(), a()]).toEqual([1015568748 / 2 ** 32, 1586005467 / 2 ** 32]);
    const b = seededRandom(1);
    expect([b(), b()]).toEqual([1015568748 / 2 ** 32, 1586005467 / 2 ** 32]);
  });
});

describe('nodeRadius', () => {
  it('follows a square-root scale from 5 to 18', () => {
    expect(nodeRadius(0, 16)).toBe(5);
    expect(nodeRadius(4, 16)).toBe(11.5);
    expect(nodeRadius(16, 16)).toBe(18);
    expect(nodeRadius(1, 0)).toBe(5);
  });
});

describe('computeGraphLayout', () => {
  const first = computeGraphLayout(graph);

  it('gives identical output for identical input and does not touch the graph', () => {
    const before = JSON.stringify(graph);
    expect(computeGraphLayout(graph)).toEqual(first);
    expect(JSON.stringify(graph)).toBe(before);
    expect(first.map((p) => p.id)).toEqual(graph.nodes.map((n) => n.id));
  });

  it('runs 300 ticks from a cold start and gives the same result stepped in chunks', () => {
    const run = startGraphLayout(graph);
    expect(run.total).toBe(300);
    while (run.done() < run.total) run.step(25);
    run.step(25);
    expect(run.done()).toBe(300);
    expect(run.positions()).toEqual(first);
  });

  it('keeps nodes apart and linked pairs closer than unlinked ones', () => {
    const max = Math.max(...graph.nodes.map((n) => n.eventCount));
    for (const [i, a] of graph.nodes.entries()) {
      for (const b of graph.nodes.slice(i + 1)) {
        const gap = distance(at(first, a.id), at(first, b.id));
        expect(gap).toBeGreaterThan(nodeRadius(a.eventCount, max) + nodeRadius(b.eventCount, max));
      }
    }
    expect(distance(at(first, 'lavrov'), at(first, 'kerry'))).toBeLessThan(
      distance(at(first, 'kerry'), at(first, 'putin')),
    );
  });
});

describe('re-layout with previous positions', () => {
  const small: LayoutGraph = {
    nodes: [
      { id: 'a', eventCount: 3 },
      { id: 'b', eventCount: 1 },
      { id: 'c', eventCount: 2 },
    ],
    edges: [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'a', target: 'c', weight: 2 },
    ],
  };
  const previous: NodePosition[] = [
    { id: 'a', x: 100, y: -40 },
    { id: 'b', x: 180, y: -40 },
    { id: 'gone', x: 0, y: 0 },
  ];

  it('starts survivors exactly where they were and new nodes next to their neighbours', () => {
    const start = computeGraphLayout(small, { previous, ticks: 0 });
    expect(at(start, 'a')).toEqual({ id: 'a', x: 100, y: -40 });
    expect(at(start, 'b')).toEqual({ id: 'b', x: 180, y: -40 });
    const gap = distance(at(start, 'c'), { x: 100, y: -40 });
    const radii = nodeRadius(2, 3) + nodeRadius(3, 3);
    expect(gap).toBeGreaterThanOrEqual(radii + 40 - 0.01);
    expect(gap).toBeLessThanOrEqual(radii + 70 + 0.01);
    expect(start.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(computeGraphLayout(small, { previous, ticks: 0, seed: 7 })).not.toEqual(start);
  });

  it('places a new node whose neighbours are also new once they are placed', () => {
    const chain: LayoutGraph = {
      nodes: [...small.nodes, { id: 'd', eventCount: 1 }],
      edges: [...small.edges, { source: 'c', target: 'd', weight: 1 }],
    };
    const start = computeGraphLayout(chain, { previous, ticks: 0 });
    expect(distance(at(start, 'd'), at(start, 'c'))).toBeLessThan(nodeRadius(2, 3) + nodeRadius(1, 3) + 70);
  });

  it('settles from a cooler start, stops warmer, and leaves survivors near their old place', () => {
    const run = startGraphLayout(small, { previous });
    // From heat 0.3 down to 0.01 in 80 ticks (the fresh schedule's rate would take 148).
    expect(run.total).toBe(80);
    run.step(79);
    const beforeLast = run.positions();
    run.step(1);
    // It comes to rest: the last tick moves no node as much as a pixel.
    const lastStep = Math.max(...run.positions().map((p, i) => distance(p, beforeLast[i] as NodePosition)));
    expect(lastStep).toBeLessThan(1);
    // Stepped or run at once, the same layout.
    const settled = run.positions();
    expect(settled).toEqual(computeGraphLayout(small, { previous }));
    expect(distance(at(settled, 'a'), { x: 100, y: -40 })).toBeLessThan(40);
    expect(distance(at(settled, 'b'), { x: 180, y: -40 })).toBeLessThan(40);
  });
});
