import type { Claim } from './claims.ts';
import { eventKey } from './event-key.ts';

/** What scoping reads of an event of the corpus (see corpus.ts), and its date, which it may replace. */
interface Scoped {
  id: string;
  articleId: string;
  aliases: readonly string[];
  claims?: readonly Claim[];
  when: Claim['when'];
}

/**
 * A date relative to another event names that event by its record's id, which is the article's own: in
 * the corpus it may stand under another id (merged under an earlier report's, or kept apart as
 * "article:id"). Each such date is pointed at the corpus's id for the event of its own article, so a
 * date never reads as relative to another article's event of the same id.
 */
export function scopeRelativeDates(
  articles: readonly { id: string; events: readonly { when: Claim['when'] }[] }[],
  events: Scoped[],
): void {
  const needed = new Set<string>();
  for (const article of articles) {
    for (const { when } of article.events) {
      if (when.relativeTo.kind === 'event') needed.add(eventKey(article.id, when.relativeTo.event));
    }
  }
  if (needed.size === 0) return;
  const located = new Map<string, string>();
  for (const event of events) {
    const keys = event.claims
      ? event.claims.map((c) => eventKey(c.article, c.event))
      : [eventKey(event.articleId, event.aliases[0] ?? event.id)];
    for (const key of keys) if (needed.has(key)) located.set(key, event.id);
  }
  for (const event of events) {
    const { relativeTo } = event.when;
    if (relativeTo.kind !== 'event') continue;
    const article = event.claims?.find((c) => c.when === event.when)?.article ?? event.articleId;
    const target = located.get(eventKey(article, relativeTo.event));
    if (target !== undefined && target !== relativeTo.event) {
      event.when = { ...event.when, relativeTo: { kind: 'event', event: target } };
    }
  }
}
