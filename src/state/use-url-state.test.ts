import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../model/url-state.ts';
import { keepUnchangedLists } from './use-url-state.ts';

describe('keepUnchangedLists', () => {
  it('keeps the previous array of every list that says the same, and takes the new one where it differs', () => {
    const before = parseUrlState('?person=lavrov,kerry&type=meeting&window=2015-10-22..2015-10-28').state;
    const after = parseUrlState(
      '?person=lavrov,kerry&type=meeting,phone-call&window=2015-10-01..2015-10-28',
    ).state;
    const kept = keepUnchangedLists(before, after);
    expect(kept.person).toBe(before.person);
    expect(kept.type).not.toBe(before.type);
    expect(kept.type).toEqual(['meeting', 'phone-call']);
    // Everything else is the new state's.
    expect(kept).toEqual(after);
  });

  it('gives the new state as it is when there is no previous one', () => {
    const next = parseUrlState('?person=lavrov').state;
    expect(keepUnchangedLists(null, next)).toBe(next);
  });
});
