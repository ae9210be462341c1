import { describe, expect, it } from 'vitest';
import {
  buildParticipantGraph,
  type GraphEdge,
  type GraphNode,
  type ParticipantGraph,
  participantGraphOf,
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
  kinds: { call: weight, meeting: 0, other: 0 },
  initiated: [],
});

// Eight people, a the busiest; the heaviest pairs are a–b (5) and c–d (4).
const graph: ParticipantGraph = participantGraphOf(
  [
    node('a', 9),
    node('b', 7),
    node('c', 6),
    node('d', 5),
    node('e', 4),
    node('f', 3),
    node('g', 2),
    node('h', 1),
  ],
  [edge('a', 'b', 5), edge('a', 'h', 1), edge('c', 'd', 4), edge('e', 'f', 2), edge('g', 'h', 1)],
);

describe('drawnGraph', () => {
  it('draws a small graph whole, as the same object', () => {
    const seed = seedCorpus();
    const whole = buildParticipantGraph(seed.events, seed.entities);
    expect(drawnGraph(whole, new Set())).toBe(whole);
    expect(drawnGraph(graph, new Set(), undefined, 5, 8)).toBe(graph);
  });

  it('draws the busiest participants’ heaviest pairs and the strongest, and only people with a pair', () => {
    const drawn = drawnGraph(graph, new Set(), undefined, 2, 5);
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'c|d']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    // Room for four pairs but six people: a to f bring theirs (a|b, c|d, e|f); g|h and a|h would
    // each add a seventh person, so g and h are left out.
    const wider = drawnGraph(graph, new Set(), undefined, 4, 6);
    expect(wider.edges.map((e) => e.id)).toEqual(['a|b', 'c|d', 'e|f']);
    expect(wider.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('draws a busy participant whose pairs are all weak, by its heaviest', () => {
    // g (busier than h) has one pair, g|h of weight 1, below the strongest three.
    const drawn = drawnGraph(graph, new Set(), undefined, 4, 8);
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'c|d', 'e|f', 'g|h']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('gives a chosen person’s pairs the first places, then the strongest, within the caps', () => {
    const two = drawnGraph(graph, new Set(['h']), undefined, 2, 3);
    expect(two.edges.map((e) => e.id)).toEqual(['a|h', 'g|h']);
    expect(two.nodes.map((n) => n.id)).toEqual(['a', 'g', 'h']);
    const three = drawnGraph(graph, new Set(['h']), undefined, 3, 4);
    expect(three.edges.map((e) => e.id)).toEqual(['a|b', 'a|h', 'g|h']);
    expect(three.nodes.map((n) => n.id)).toEqual(['a', 'b', 'g', 'h']);
  });

  it('draws a chosen person with more partners than the cap by the heaviest pairs', () => {
    const star = participantGraphOf(
      [node('hub', 9), ...['p1', 'p2', 'p3', 'p4'].map((id, i) => node(id, 4 - i))],
      [edge('hub', 'p1', 1), edge('hub', 'p2', 3), edge('hub', 'p3', 2), edge('hub', 'p4', 3)],
    );
    const drawn = drawnGraph(star, new Set(['hub']), undefined, 2, 3);
    expect(drawn.edges.map((e) => e.id)).toEqual(['hub|p2', 'hub|p4']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['hub', 'p2', 'p4']);
  });
});

describe('drawnGraph and the selected event', () => {
  it('keeps the selected event’s pairs and people, however weak', () => {
    const drawn = drawnGraph(
      graph,
      new Set(),
      { nodes: new Set(['e', 'f', 'g']), edges: new Set(['e|f']) },
      2,
      5,
    );
    expect(drawn.edges.map((e) => e.id)).toEqual(['a|b', 'e|f']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'e', 'f', 'g']);
  });
});

describe('strongestEdges', () => {
  const ids = (edges: Int32Array) => Array.from(edges, (i) => graph.edgeAt(i).id);

  it('picks the heaviest, ties in the graph’s order', () => {
    expect(ids(strongestEdges(graph, 3))).toEqual(['a|b', 'c|d', 'e|f']);
    expect(ids(strongestEdges(graph, 4))).toEqual(['a|b', 'c|d', 'e|f', 'a|h']);
    expect(ids(strongestEdges(graph, 9))).toEqual(['a|b', 'c|d', 'e|f', 'a|h', 'g|h']);
    expect(ids(strongestEdges(graph, 1))).toEqual(['a|b']);
    expect(strongestEdges(participantGraphOf([], []), 3)).toHaveLength(0);
  });
});
