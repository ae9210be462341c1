import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../model/participant-graph.ts';
import { edgeShape, strandWidth } from './edge-geometry.ts';

const edge = (overrides: Partial<GraphEdge>): GraphEdge => ({
  id: 'a|b',
  source: 'a',
  target: 'b',
  weight: 1,
  kinds: { call: 1, meeting: 0, other: 0 },
  initiated: [],
  ...overrides,
});

describe('edgeShape', () => {
  const a = { x: 0, y: 0, r: 10 };
  const b = { x: 100, y: 0, r: 20 };

  it('runs a single strand from rim to rim', () => {
    const shape = edgeShape(edge({}), a, b);
    expect(shape.strands).toEqual([{ kind: 'call', count: 1, width: 2.5, x1: 10, y1: 0, x2: 80, y2: 0 }]);
    expect(shape.hit).toEqual({ x1: 10, y1: 0, x2: 80, y2: 0 });
    expect(shape.mid).toEqual({ x: 50, y: 0 });
    expect(shape.arrows).toEqual([]);
  });

  it('sets one strand per kind side by side, each as wide as its count', () => {
    const shape = edgeShape(edge({ weight: 4, kinds: { call: 3, meeting: 1, other: 0 } }), a, b);
    const call = strandWidth(3);
    const meeting = strandWidth(1);
    const total = call + 1.5 + meeting;
    expect(shape.strands.map((s) => [s.kind, s.width, s.y1])).toEqual([
      ['call', call, Math.round((-total / 2 + call / 2) * 100) / 100],
      ['meeting', meeting, Math.round((total / 2 - meeting / 2) * 100) / 100],
    ]);
  });

  it('points an arrowhead at whoever was contacted', () => {
    const towardsA = edgeShape(edge({ initiated: [{ from: 'b', to: 'a', eventId: 'e1' }] }), a, b);
    expect(towardsA.arrows).toEqual(['M11.5 0L20.5 4.5L20.5 -4.5Z']);
    const towardsB = edgeShape(edge({ initiated: [{ from: 'a', to: 'b', eventId: 'e1' }] }), a, b);
    expect(towardsB.arrows).toEqual(['M78.5 0L69.5 4.5L69.5 -4.5Z']);
  });

  it('survives coincident and overlapping nodes', () => {
    const shape = edgeShape(edge({}), a, { x: 0, y: 0, r: 5 });
    expect(shape.hit).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0 });
  });
});
