import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { claimsRecords } from '../test/claims-records.ts';
import { BUILD_STEP_EVENTS, buildCorpus, corpusBuildSteps } from './build-corpus.ts';
import type { Corpus, CorpusArticle } from './corpus.ts';

const asArticles = (records: unknown[]) => records as CorpusArticle[];

/** Runs the steps to the end, counting the pauses. */
function stepped(articles: CorpusArticle[]): { corpus: Corpus; pauses: number } {
  const steps = corpusBuildSteps(articles);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { corpus: step.value, pauses };
    pauses++;
  }
}

describe('corpusBuildSteps', () => {
  it('builds what buildCorpus builds, linked claims included', () => {
    const articles = asArticles(claimsRecords());
    const { corpus } = stepped(articles);
    const written = (c: Corpus) => JSON.stringify({ ...c, entities: [...c.entities] });
    expect(written(corpus) === written(buildCorpus(articles))).toBe(true);
    // The Lavrov–Zarif Saturday contact, reported by the seed and two invented outlets, is one event.
    expect(
      corpus.events.find((event) => event.id === 'lavrov-zarif-saturday')?.claims?.map((c) => c.article),
    ).toEqual([
      'invented-claims-courier-2015-10-23',
      'sana-2015-10-27-lavrov-makei',
      'invented-claims-digest-2015-10-28',
    ]);
  });

  it('pauses between phases and every BUILD_STEP_EVENTS events, however many there are', () => {
    const few = stepped(asArticles(claimsRecords()));
    // Seven pauses between the phases; fewer events than a step.
    expect(few.pauses).toBe(7);
    const { records } = generateCorpus({ events: 2500, seed: 3 });
    const many = stepped(asArticles(records));
    const read = records.reduce((sum, record) => sum + record.events.length, 0);
    const merged = read - many.corpus.events.length;
    expect(merged).toBeGreaterThan(0);
    // One pause each BUILD_STEP_EVENTS events read, in the three passes of linking (the corpus has
    // sameAs links) and in the build's own (its fewer than 1,000 linked groups settle at once).
    expect(merged).toBeLessThan(BUILD_STEP_EVENTS);
    expect(many.pauses).toBe(7 + 4 * Math.floor(read / BUILD_STEP_EVENTS));
    expect(many.pauses).toBeGreaterThanOrEqual(9);
  });
});
