import type { CorpusEvent } from './corpus.ts';

const counts = new WeakMap<readonly CorpusEvent[], ReadonlyMap<string, number>>();

/**
 * How many of each article's events another loaded article reports too (by article id; articles that
 * share none are absent). Worked out once per list of events: the article menu asks on every render.
 */
export function sharedEventCounts(
  events: readonly Pick<CorpusEvent, 'articles'>[],
): ReadonlyMap<string, number> {
  const known = counts.get(events as readonly CorpusEvent[]);
  if (known) return known;
  const shared = new Map<string, number>();
  for (const event of events) {
    if (event.articles.length < 2) continue;
    for (const id of new Set(event.articles)) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  counts.set(events as readonly CorpusEvent[], shared);
  return shared;
}
