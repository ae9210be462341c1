import { describe, expect, it } from 'vitest';
import { buildParticipantGraph } from '../model/participant-graph.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { graphEmphasis } from './graph-emphasis.ts';

const corpus = seedCorpus();
const graph = buildParticipantGraph(corpus.events, corpus.entities);

describe('graphEmphasis', () => {
  it('brings forward an event’s people and every pair of them', () => {
    const emphasis = graphEmphasis(graph, 'vienna-quartet');
    expect([...(emphasis?.nodes ?? [])]).toEqual(['kerry', 'lavrov', 'saudi-fm', 'turkish-fm']);
    expect([...(emphasis?.edges ?? [])]).toEqual([
      'kerry|lavrov',
      'kerry|saudi-fm',
      'kerry|turkish-fm',
      'lavrov|saudi-fm',
      'lavrov|turkish-fm',
      'saudi-fm|turkish-fm',
    ]);
    expect([...(emphasis?.edges ?? [])].every((id) => graph.edges.some((e) => e.id === id))).toBe(true);
  });

  it('is null with no event, or one that has no one in the graph', () => {
    expect(graphEmphasis(graph, null)).toBeNull();
    expect(graphEmphasis(graph, 'no-such-event')).toBeNull();
    const lavrovOnly = buildParticipantGraph(
      corpus.events.filter((e) => e.id === 'lavrov-makei-talks'),
      corpus.entities,
    );
    expect(graphEmphasis(lavrovOnly, 'vienna-quartet')).toBeNull();
  });
});
