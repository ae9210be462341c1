import { type FilterState, matching } from './filter-events.ts';
import { CERTAINTY_CODES, type FilterIndex, STATUS_CODES, TYPE_CODES } from './filter-index.ts';
import { queryWords } from './search-text.ts';
import {
  CERTAINTIES,
  type Certainty,
  EVENT_TYPES,
  type EventType,
  STATUSES,
  type Status,
} from './vocabulary.ts';

const count = (keep: Uint8Array) => keep.reduce((sum, k) => sum + k, 0);

/** A filter that could be relaxed, as describeEmptiness names it. */
export type FilterKey =
  | 'articles'
  | 'persons'
  | 'personMode'
  | 'dates'
  | 'types'
  | 'statuses'
  | 'certainties'
  | 'countries'
  | 'q';

const RELAXATIONS: [FilterKey, (f: FilterState) => boolean, Partial<FilterState>][] = [
  ['articles', (f) => f.articles.length > 0, { articles: [] }],
  ['persons', (f) => f.persons.length > 0, { persons: [] }],
  ['personMode', (f) => f.personMode === 'all' && new Set(f.persons).size > 1, { personMode: 'any' }],
  ['dates', (f) => f.from !== null || f.to !== null, { from: null, to: null }],
  ['types', (f) => f.types.length > 0, { types: [] }],
  ['statuses', (f) => f.statuses.length > 0, { statuses: [] }],
  ['certainties', (f) => f.certainties.length > 0, { certainties: [] }],
  ['countries', (f) => f.countries.length > 0, { countries: [] }],
  ['q', (f) => queryWords(f.q).length > 0, { q: '' }],
];

/**
 * When the filter leaves nothing, each single filter whose removal alone would bring events back, with
 * how many (personMode means switching "all" to "any"). [] when events remain or no single change helps.
 */
export function describeEmptiness(
  index: FilterIndex,
  filter: FilterState,
): { filter: FilterKey; count: number }[] {
  if (count(matching(index, filter)) > 0) return [];
  return RELAXATIONS.filter(([, active]) => active(filter))
    .map(([key, , change]) => ({ filter: key, count: count(matching(index, { ...filter, ...change })) }))
    .filter((cause) => cause.count > 0);
}

/** How many events each facet value would have if it alone were chosen, other facets still applied. */
export interface FacetCounts {
  types: Record<EventType, number>;
  statuses: Record<Status, number>;
  certainties: Record<Certainty, number>;
  /** Every participant country of the corpus, sorted by code. */
  countries: Record<string, number>;
}

const byCode = ([a]: readonly [string, number], [b]: readonly [string, number]) =>
  a < b ? -1 : a > b ? 1 : 0;

const mask = (codes: readonly number[]) => codes.reduce((m, c) => m | (1 << c), 0);

/** Counts per value of type, status, certainty and country, each under all the other filters. */
export function filterCounts(index: FilterIndex, filter: FilterState): FacetCounts {
  const facetsOff = { ...filter, types: [], statuses: [], certainties: [], countries: [] };
  const keep = matching(index, facetsOff);

  // Counted by code in typed arrays over the index's columns: this runs on every change of any
  // filter, over every event of the corpus.
  const typeCounts = new Int32Array(EVENT_TYPES.length);
  const statusCounts = new Int32Array(STATUSES.length);
  const certaintyCounts = new Int32Array(CERTAINTIES.length);
  const countryCounts = new Int32Array(index.countries.length);
  const chosenTypes = mask(filter.types.map((v) => TYPE_CODES.get(v) ?? 31));
  const chosenStatuses = mask(filter.statuses.map((v) => STATUS_CODES.get(v) ?? 31));
  const chosenCertainties = mask(filter.certainties.map((v) => CERTAINTY_CODES.get(v) ?? 31));
  const chosenCountries = new Uint8Array(index.countries.length);
  for (const code of filter.countries) {
    const number = index.countries.indexOf(code);
    if (number >= 0) chosenCountries[number] = 1;
  }
  const anyCountry = filter.countries.length === 0;
  const { types, statuses, certainties, countryStarts, eventCountries } = index;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    const type = types[i] as number;
    const status = statuses[i] as number;
    const certainty = certainties[i] as number;
    const ownFrom = countryStarts[i] as number;
    const ownTo = countryStarts[i + 1] as number;
    const t = chosenTypes === 0 || (chosenTypes >> type) & 1;
    const s = chosenStatuses === 0 || (chosenStatuses >> status) & 1;
    const c = chosenCertainties === 0 || (chosenCertainties >> certainty) & 1;
    let k = anyCountry;
    for (let j = ownFrom; !k && j < ownTo; j++) k = chosenCountries[eventCountries[j] as number] === 1;
    if (s && c && k) typeCounts[type] = (typeCounts[type] as number) + 1;
    if (t && c && k) statusCounts[status] = (statusCounts[status] as number) + 1;
    if (t && s && k) certaintyCounts[certainty] = (certaintyCounts[certainty] as number) + 1;
    if (t && s && c) {
      for (let j = ownFrom; j < ownTo; j++) {
        const number = eventCountries[j] as number;
        countryCounts[number] = (countryCounts[number] as number) + 1;
      }
    }
  }
  const record = <T extends string>(keys: readonly T[], counts: Int32Array) =>
    Object.fromEntries(keys.map((key, i) => [key, counts[i] ?? 0])) as Record<T, number>;
  return {
    types: record(EVENT_TYPES, typeCounts),
    statuses: record(STATUSES, statusCounts),
    certainties: record(CERTAINTIES, certaintyCounts),
    countries: Object.fromEntries(
      index.countries.map((code, number) => [code, countryCounts[number] ?? 0] as const).sort(byCode),
    ),
  };
}
