import type { UrlNotice, UrlRule, UrlState } from './url-state.ts';

/** The ids a corpus holds, to tell a link's well-formed but unknown values from known ones. */
export interface KnownIds {
  articles: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/**
 * The state without the article, person and country values that name nothing loaded, and a notice for
 * each one dropped: `person=nobody` would otherwise empty every view without saying why. The same
 * state object comes back when nothing is dropped, so what is memoised on it stays.
 */
export function dropUnknownValues(
  state: UrlState,
  known: KnownIds,
): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (param: string, values: string[], ids: ReadonlySet<string>, expected: UrlRule) => {
    const kept = values.filter((value) => ids.has(value));
    for (const value of values) {
      if (!ids.has(value)) notices.push({ param, value, reason: 'unknown-value', expected });
    }
    return kept;
  };
  const article = keep('article', state.article, known.articles, 'known-article');
  const person = keep('person', state.person, known.entities, 'known-person');
  const country = keep('country', state.country, known.countries, 'known-country');
  if (notices.length === 0) return { state, notices };
  return { state: { ...state, article, person, country }, notices };
}
