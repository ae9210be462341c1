/** Above this many items in all, distinct() joins them through a Set; up to it, in a list. */
const SMALL = 32;

/**
 * Every item of the lists once, in the order first met. The few ids a merged event's claims list
 * (articles, mentions, a handful of quote words) are compared in a list rather than put in a Set with
 * a flattened copy: at 100,000 events the corpus joins such lists for each of 20,000 merged events.
 * Longer lists (a hostile record's thousands) still go through a Set.
 */
export function distinct<T>(lists: readonly (readonly T[])[]): T[] {
  let total = 0;
  for (const list of lists) total += list.length;
  if (total > SMALL) {
    const seen = new Set<T>();
    for (const list of lists) for (const item of list) seen.add(item);
    return [...seen];
  }
  const all: T[] = [];
  for (const list of lists) for (const item of list) if (!all.includes(item)) all.push(item);
  return all;
}
