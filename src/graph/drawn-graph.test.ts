import { describe, expect, it } from 'vitest';
import {
  buildParticipantGraph,
  type GraphEdge,
  type GraphNode,
  type ParticipantGraph,
} from '../model/participant-graph.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { drawnGraph, strongestEdges } from './drawn-graph.ts';

const node = (id: string, eventCount: number): GraphNode => ({
  id,
  kind: 'person',
  country: null,
  name: { ar: id, en: id },
  eventIds: [],
  eventCount,
});
const edge = (source: string, target: string, weight: number): GraphEdge => ({
  id: `${source}|${target}`,
  source,
  target,
  weight,
  eventIds: [],
  kinds: { call: weight, meeting: 0, other: 0 },
  initiated: [],
});

// Eight people, a the busiest; the heaviest pairs are a–b (5) and c–d (4).
const graph: ParticipantGraph = {
  nodes: [
    node('a', 9),
    node('b', 7),
    node('c', 6),
    node('d', 5),
    node('e', 4),
    node('f', 3),
    node('g', 2),
    node('h', 1),
  ],
  edges: [edge('a', 'b', 5), edge('a', 'h', 1), edge('c', 'd', 4), edge('e', 'f', 2), edge('g', 'h', 1)],
};

describe('drawnGraph', () => {
  it('draws a small graph whole, as the same object', () => {
    const seed = seedCorpus();
    const whole = buildParticipantGraph(seed.events, seed.entities);
    expect(drawnGraph(whole, new Set())).toBe(whole);
    expect(drawnGraph(graph, new Set(), undefined, 5, 8)).toBe(graph);
  });

  it('keeps the strongest edges, their ends, then the busiest participants up to the cap', () => {
    const drawn = drawnGraph(graph, new Set(), undefined, 2, 5);
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'c|d']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('adds every edge of a chosen person and its partners, even past the node cap', () => {
    const drawn = drawnGraph(graph, new Set(['h']), undefined, 2, 3);
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'a|h', 'c|d', 'g|h']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'g', 'h']);
  });
});

describe('drawnGraph and the selected event', () => {
  it('keeps the selected event’s pairs and people, however weak', () => {
    const drawn = drawnGraph(
      graph,
      new Set(),
      { nodes: new Set(['e', 'f', 'g']), edges: new Set(['e|f']) },
      1,
      3,
    );
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'e|f']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'e', 'f', 'g']);
  });
});

describe('strongestEdges', () => {
  it('picks the heaviest, ties by id', () => {
    expect([...strongestEdges(graph, 3)].map((e) => e.id)).toEqual(['a|b', 'c|d', 'e|f']);
    expect([...strongestEdges(graph, 4)].map((e) => e.id)).toEqual(['a|b', 'c|d', 'e|f', 'a|h']);
  });
});
