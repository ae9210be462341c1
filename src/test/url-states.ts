import type { UrlState } from '../model/url-state.ts';

/**
 * Every key of the URL contract away from its default (with a comma and a query inside `src`
 * addresses), so that a codec or a link that forgot a key, or split an address, would show.
 */
export const FULL_URL_STATE: UrlState = {
  article: ['sana-2015-10-27-lavrov-makei'],
  person: ['lavrov', 'kerry'],
  mode: 'all',
  type: ['phone-call', 'meeting'],
  country: ['RU', 'US'],
  status: ['occurred'],
  certainty: ['stated', 'inferred'],
  from: '2015-10-23',
  to: '2015-10-27',
  q: 'لافروف كيري',
  window: ['2015-10-22', '2015-10-28'],
  event: 'lavrov-kerry-call-3',
  view: ['timeline', 'article'],
  lanes: 'person',
  lang: 'en',
  src: ['https://example.org/a,b.json', 'data/extra.json'],
  bundled: false,
};
