import { describe, expect, it } from 'vitest';
import { claimsRecords } from '../test/claims-records.ts';
import { buildCorpus } from './build-corpus.ts';
import { sharedEventCounts } from './corpus-shared.ts';

describe('sharedEventCounts', () => {
  it('counts, per article, the events another loaded article reports too', () => {
    const corpus = buildCorpus(claimsRecords());
    expect(Object.fromEntries(sharedEventCounts(corpus.events))).toEqual({
      'sana-2015-10-27-lavrov-makei': 5,
      'invented-claims-courier-2015-10-23': 2,
      'invented-claims-digest-2015-10-28': 3,
      'invented-test-wire-2015-10-27': 1,
    });
    expect(sharedEventCounts(corpus.events)).toBe(sharedEventCounts(corpus.events));
    expect(sharedEventCounts(buildCorpus(claimsRecords().slice(0, 1)).events).size).toBe(0);
  });
});
