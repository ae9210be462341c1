import type { EntityRecord } from './article-schema.ts';
import { collatorFor, type Lang } from './format-date.ts';
import { queryWords, searchWords } from './search-text.ts';

/** How well a query met an entity's best name, from best to worst. */
export const MATCH_RANKS = ['exact', 'word', 'prefix', 'substring', 'fuzzy'] as const;
/** One of MATCH_RANKS. */
export type MatchRank = (typeof MATCH_RANKS)[number];

/** One entity found by the picker, with the name or spelling that matched as the record writes it. */
export interface EntityMatch {
  entity: EntityRecord;
  rank: MatchRank;
  matched: string;
}

// Misspellings are forgiven only once a query is long enough for one edit not to match everything.
const FUZZY_MIN_LENGTH = 4;
const FUZZY_MAX_EDITS = 1;

/**
 * Levenshtein distance from `a` to `b`, or max + 1 as soon as it must exceed `max`. With `prefix`
 * (default false) `b` may stop anywhere: the distance to the closest prefix of `b`.
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  const width = Math.min(b.length, a.length + max);
  if (!prefix && b.length - a.length > max) return max + 1;
  let prev = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  const distance = prefix ? Math.min(...prev) : (prev[b.length] ?? max + 1);
  return Math.min(distance, max + 1);
}

interface Key {
  original: string;
  folded: string;
}

// Entities are records from the corpus and never change, so their folded names are kept per object.
const keyCache = new WeakMap<EntityRecord, Key[]>();
function keysOf(entity: EntityRecord): Key[] {
  let keys = keyCache.get(entity);
  if (!keys) {
    const names = [entity.name.ar, entity.name.en, ...entity.variants];
    keys = names.map((original) => ({ original, folded: searchWords(original).join(' ') }));
    keyCache.set(entity, keys);
  }
  return keys;
}

function score(key: string, query: string, words: string[]): number {
  if (key === query) return 0;
  if (` ${key} `.includes(` ${query} `)) return 1;
  if (key.startsWith(query) || key.includes(` ${query}`)) return 2;
  // One letter occurs in nearly every name; only word starts are worth offering for it.
  if (query.length > 1 && words.every((w) => key.includes(w))) return 3;
  if (query.length < FUZZY_MIN_LENGTH) return Number.POSITIVE_INFINITY;
  for (let at = 0; at >= 0; at = key.indexOf(' ', at + 1)) {
    const from = at === 0 ? 0 : at + 1;
    if (editDistance(query, key.slice(from), FUZZY_MAX_EDITS, true) <= FUZZY_MAX_EDITS) return 4;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Entities any of whose names (Arabic, English) or spellings match the folded query, best first:
 * exact name, whole word, prefix of a word, substring (every word somewhere, for 2+ letters), then one
 * edit away for queries of 4+ letters. Ties go by name in `lang`, then id. An empty query finds nothing.
 */
export function searchEntities(entities: Iterable<EntityRecord>, query: string, lang: Lang): EntityMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const folded = searchWords(query).join(' ');
  const found: { match: EntityMatch; score: number }[] = [];
  for (const entity of entities) {
    let best: { key: Key; score: number } | null = null;
    for (const key of keysOf(entity)) {
      const s = score(key.folded, folded, words);
      // Among equally good spellings the shortest is the one the reader was most likely typing.
      if (!best || s < best.score || (s === best.score && key.folded.length < best.key.folded.length)) {
        if (s < Number.POSITIVE_INFINITY) best = { key, score: s };
      }
    }
    if (!best) continue;
    const rank = MATCH_RANKS[best.score] ?? 'fuzzy';
    found.push({ match: { entity, rank, matched: best.key.original }, score: best.score });
  }
  const collator = collatorFor(lang);
  found.sort(
    (a, b) =>
      a.score - b.score ||
      collator.compare(a.match.entity.name[lang], b.match.entity.name[lang]) ||
      (a.match.entity.id < b.match.entity.id ? -1 : a.match.entity.id > b.match.entity.id ? 1 : 0),
  );
  return found.map((f) => f.match);
}
