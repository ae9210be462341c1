import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../model/participant-graph.ts';
import { candidatesOf, LABELLED_NODES, labelRequests, spokesOf } from './label-requests.ts';

const node = (i: number, eventCount: number): GraphNode => ({
  id: `p${String(i).padStart(3, '0')}`,
  kind: 'person',
  country: null,
  name: { ar: `شخص ${i}`, en: i === 0 ? 'A'.repeat(50) : `Person ${i}` },
  eventIds: [],
  eventCount,
});

describe('candidatesOf', () => {
  // 70 people; p000 the busiest, then fewer and fewer events.
  const nodes = Array.from({ length: 70 }, (_, i) => node(i, 100 - i));

  it('takes the busiest 60, busiest first, their names cut to 40 characters', () => {
    const found = candidatesOf(nodes, new Set(), null, 'en');
    expect(found).toHaveLength(LABELLED_NODES);
    expect(found[0]).toEqual({ id: 'p000', text: `${'A'.repeat(39)}…`, priority: 100 });
    expect(found.at(-1)).toEqual({ id: 'p059', text: 'Person 59', priority: 41 });
  });

  it('adds a chosen or highlighted person beyond them, ranked above every other', () => {
    const emphasis = { nodes: new Set(['p065']), edges: new Set<string>() };
    const found = candidatesOf(nodes, new Set(['p069']), emphasis, 'ar');
    expect(found).toHaveLength(62);
    expect(found.slice(-2)).toEqual([
      { id: 'p065', text: 'شخص 65', priority: 1e9 + 35 },
      { id: 'p069', text: 'شخص 69', priority: 1e9 + 31 },
    ]);
  });
});

describe('labelRequests', () => {
  it('scales discs and spokes by the zoom, and widens a chosen node by its ring', () => {
    const discs = new Map([
      ['a', { x: 10, y: 20, r: 5 }],
      ['b', { x: 40, y: 20, r: 6 }],
    ]);
    const spokes = spokesOf(discs, [
      {
        id: 'a|b',
        source: 'a',
        target: 'b',
        weight: 1,
        kinds: { call: 1, meeting: 0, other: 0 },
        initiated: [],
      },
    ]);
    const sizes = new Map([['a', { width: 50, height: 21, dx: -25, dy: -16 }]]);
    const candidates = [
      { id: 'a', text: 'A', priority: 3 },
      { id: 'b', text: 'B', priority: 2 },
    ];
    // b is not measured yet, so only a is asked for; both discs are obstacles, as busy as their labels.
    expect(labelRequests(candidates, sizes, discs, spokes, new Set(['a']), 2)).toEqual({
      requests: [
        { id: 'a', x: 20, y: 40, r: 18, width: 50, height: 21, priority: 3, spokes: [{ x: 80, y: 40 }] },
      ],
      obstacles: [
        { id: 'a', box: { x0: 2, y0: 22, x1: 38, y1: 58 }, priority: 3 },
        { id: 'b', box: { x0: 68, y0: 28, x1: 92, y1: 52 }, priority: 2 },
      ],
    });
  });
});
