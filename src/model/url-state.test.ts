import { describe, expect, it } from 'vitest';
import { FULL_URL_STATE } from '../test/url-states.ts';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState } from './url-state.ts';

describe('URL contract', () => {
  it('round-trips every parameter', () => {
    const state = FULL_URL_STATE;
    const search = formatUrlState(state);
    expect(search).toBe(
      '?article=sana-2015-10-27-lavrov-makei&person=lavrov,kerry&mode=all&type=phone-call,meeting&country=RU,US&status=occurred&certainty=stated,inferred&from=2015-10-23&to=2015-10-27&q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81+%D9%83%D9%8A%D8%B1%D9%8A&window=2015-10-22..2015-10-28&event=lavrov-kerry-call-3&view=timeline,article&lanes=person&lang=en&src=https%3A%2F%2Fexample.org%2Fa,b.json&src=data%2Fextra.json&bundled=no',
    );
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it('writes nothing for the default view', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('drops malformed or unknown values with a reason, keeping the good ones', () => {
    const { state, notices } = parseUrlState(
      '?type=phone-call,dinner&from=2015-13-01&lang=fr&lanes=country&colour=red&person=Lavrov,kerry&view=map',
    );
    expect(state.type).toEqual(['phone-call']);
    expect(state.from).toBeNull();
    expect(state.lang).toBe('ar');
    expect(state.lanes).toBe('type');
    expect(state.person).toEqual(['kerry']);
    expect(state.view).toEqual(['timeline', 'graph', 'article', 'list']);
    expect(notices).toEqual([
      {
        param: 'type',
        value: 'dinner',
        reason: 'bad-value',
        expected: 'types',
      },
      { param: 'from', value: '2015-13-01', reason: 'bad-value', expected: 'date' },
      { param: 'lang', value: 'fr', reason: 'bad-value', expected: 'lang' },
      { param: 'lanes', value: 'country', reason: 'bad-value', expected: 'lanes' },
      { param: 'colour', value: 'red', reason: 'unknown-parameter', expected: '' },
      { param: 'person', value: 'Lavrov', reason: 'bad-value', expected: 'entity-ids' },
      { param: 'view', value: 'map', reason: 'bad-value', expected: 'views' },
    ]);
  });

  it('rejects a window that ends before it starts', () => {
    const { state, notices } = parseUrlState('?from=2015-10-27&to=2015-10-23');
    expect(state.from).toBe('2015-10-27');
    expect(state.to).toBeNull();
    expect(notices).toEqual([
      { param: 'to', value: '2015-10-23', reason: 'bad-value', expected: 'date-after-from' },
    ]);
  });

  it('keeps the visible window apart from the date filter, and drops a malformed one', () => {
    expect(parseUrlState('?window=2015-10-25..2015-10-26').state).toEqual({
      ...DEFAULT_URL_STATE,
      window: ['2015-10-25', '2015-10-26'],
    });
    for (const value of [
      '2015-10-26..2015-10-25',
      '2015-10-25',
      '2015-10-25..2015-10-26..2015-10-27',
      '..',
    ]) {
      const { state, notices } = parseUrlState(`?window=${value}`);
      expect(state.window).toBeNull();
      expect(notices.map((n) => [n.param, n.value])).toEqual([['window', value]]);
    }
  });
});
