import { type FilterState, matching } from './filter-events.ts';
import type { FilterIndex } from './filter-index.ts';
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

const zeros = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

/** Counts per value of type, status, certainty and country, each under all the other filters. */
export function filterCounts(index: FilterIndex, filter: FilterState): FacetCounts {
  const facetsOff = { ...filter, types: [], statuses: [], certainties: [], countries: [] };
  const keep = matching(index, facetsOff);
  const result: FacetCounts = {
    types: zeros(EVENT_TYPES),
    statuses: zeros(STATUSES),
    certainties: zeros(CERTAINTIES),
    countries: zeros([...index.byCountry.keys()].sort()),
  };
  const chosen = new Set(filter.countries);
  const has = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  index.events.forEach((event, i) => {
    if (!keep[i]) return;
    const countries = index.countries[i] ?? [];
    const t = has(filter.types, event.type);
    const s = has(filter.statuses, event.status);
    const c = has(filter.certainties, event.when.certainty);
    const k = chosen.size === 0 || countries.some((code) => chosen.has(code));
    if (s && c && k) result.types[event.type]++;
    if (t && c && k) result.statuses[event.status]++;
    if (t && s && k) result.certainties[event.when.certainty]++;
    if (t && s && c) for (const code of countries) result.countries[code] = (result.countries[code] ?? 0) + 1;
  });
  return result;
}
