import { eventKey } from './event-key.ts';

/** What linking reads of an article: its id and each event's id and sameAs links. */
interface Linkable {
  id: string;
  events: readonly { id: string; sameAs?: readonly { article: string; event: string }[] }[];
}

/** A problem with a link, as the corpus reports it. */
export interface LinkProblem {
  article: string;
  path: string;
  message: string;
}

/**
 * The events linked by sameAs (either way round, and through one another), as a map from each linked
 * event's key to its group's key. Only groups of two or more events that exist are in it, so an empty
 * map means nothing to merge. A link to an article that is loaded but has no such event is a problem;
 * a link to an article not loaded is left for when it is. It pauses (a bare `yield`) every `every`
 * events of each pass over them, as corpusBuildSteps does: ten thousand events took 84 ms in one go.
 */
export function* linkGroups(
  articles: readonly Linkable[],
  every: number,
): Generator<void, { groups: Map<string, string>; problems: LinkProblem[] }, void> {
  const groups = new Map<string, string>();
  const problems: LinkProblem[] = [];
  const targets = new Set<string>();
  let read = 0;
  for (const article of articles) {
    for (const event of article.events) {
      if (++read % every === 0) yield;
      for (const link of event.sameAs ?? []) targets.add(eventKey(link.article, link.event));
    }
  }
  if (targets.size === 0) return { groups, problems };
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    parent.set(key, at);
    return at;
  };
  read = 0;
  for (const article of articles) {
    for (const event of article.events) {
      if (++read % every === 0) yield;
      const key = eventKey(article.id, event.id);
      if (event.sameAs?.length || targets.has(key)) parent.set(key, key);
    }
  }
  const loaded = new Set(articles.map((a) => a.id));
  read = 0;
  for (const article of articles) {
    for (let index = 0; index < article.events.length; index++) {
      if (++read % every === 0) yield;
      const event = article.events[index] as Linkable['events'][number];
      if (!event.sameAs?.length) continue;
      const from = eventKey(article.id, event.id);
      event.sameAs.forEach((link, i) => {
        const to = eventKey(link.article, link.event);
        if (parent.has(to)) {
          // The smaller key roots the group, so the groups do not depend on the order of the links.
          const [a, b] = [root(from), root(to)].sort();
          if (a !== undefined && b !== undefined && a !== b) parent.set(b, a);
        } else if (loaded.has(link.article)) {
          problems.push({
            article: article.id,
            path: `events.${index}.sameAs.${i}`,
            message: `article "${link.article}" has no event "${link.event}"`,
          });
        }
      });
    }
  }
  const sizes = new Map<string, number>();
  for (const key of parent.keys()) sizes.set(root(key), (sizes.get(root(key)) ?? 0) + 1);
  for (const key of parent.keys()) {
    const group = root(key);
    if ((sizes.get(group) ?? 0) > 1) groups.set(key, group);
  }
  return { groups, problems };
}
