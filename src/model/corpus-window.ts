import type { CorpusEvent } from './corpus.ts';
import { denseWindow } from './timeline-window.ts';

/** The articles the events come from, each once. */
export function articlesOf(events: readonly Pick<CorpusEvent, 'articles'>[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) for (const id of event.articles) ids.add(id);
  return ids;
}

/**
 * The window widened to take in the events of newly loaded articles (any not in `known`): the union of
 * the window and the densest days of those events (denseWindow), so a file opened beside the seed is
 * on screen without a date filter being written. Null when nothing new was loaded or it is all in view.
 */
export function widenForNewArticles(
  window: readonly [Date, Date],
  events: CorpusEvent[],
  known: ReadonlySet<string>,
): [Date, Date] | null {
  const added = events.filter((event) => event.articles.some((id) => !known.has(id)));
  const dense = added.length > 0 ? denseWindow(added) : null;
  if (!dense) return null;
  const from = Math.min(window[0].getTime(), dense[0].getTime());
  const to = Math.max(window[1].getTime(), dense[1].getTime());
  if (from === window[0].getTime() && to === window[1].getTime()) return null;
  return [new Date(from), new Date(to)];
}
