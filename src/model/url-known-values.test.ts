import { describe, expect, it } from 'vitest';
import { dropUnknownValues } from './url-known-values.ts';
import { DEFAULT_URL_STATE, parseUrlState } from './url-state.ts';

const known = {
  articles: new Set(['sana-2015-10-27-lavrov-makei']),
  entities: new Set(['lavrov', 'kerry']),
  countries: new Set(['RU', 'US']),
};

describe('dropUnknownValues', () => {
  it('drops values that name nothing loaded, one notice each, keeping the known ones', () => {
    const { state } = parseUrlState('?person=lavrov,nobody&country=XX,RU&article=nosuch&type=meeting');
    const result = dropUnknownValues(state, known);
    expect(result.state).toEqual({
      ...DEFAULT_URL_STATE,
      person: ['lavrov'],
      country: ['RU'],
      type: ['meeting'],
    });
    expect(result.notices).toEqual([
      { param: 'article', value: 'nosuch', reason: 'unknown-value', expected: 'known-article' },
      { param: 'person', value: 'nobody', reason: 'unknown-value', expected: 'known-person' },
      { param: 'country', value: 'XX', reason: 'unknown-value', expected: 'known-country' },
    ]);
  });

  it('gives the very same state back when every value is known', () => {
    const { state } = parseUrlState('?person=lavrov&country=US');
    expect(dropUnknownValues(state, known)).toEqual({ state, notices: [] });
    expect(dropUnknownValues(state, known).state).toBe(state);
  });

  it('treats Object.prototype names as unknown ids', () => {
    const { state } = parseUrlState('?person=constructor');
    expect(dropUnknownValues(state, known).notices.map((n) => n.value)).toEqual(['constructor']);
  });
});
