import type { EntityRecord, EventRecord, NoteRecord } from './article-schema.ts';

/** What alignment reads and rewrites of an article: its entities and what refers to them. */
interface Aligned {
  entities: EntityRecord[];
  events: Pick<EventRecord, 'participants' | 'mentions' | 'attribution'>[];
  notes: NoteRecord[];
}

/**
 * Gives the entities that name one gazetteer entry one id across articles, so that the seed's
 * "lavrov" and a drafted record's "sergey-lavrov" (both `gazetteer: "sergey-lavrov"`) are one person.
 * The id kept is the smallest of them in code-unit order, which depends on the set of articles only,
 * never on the order they were loaded in. Articles with nothing to rename are returned as they were;
 * an article that already uses the kept id for another entity keeps its own ids.
 */
export function alignEntityIds<A extends Aligned>(articles: readonly A[]): A[] {
  const kept = new Map<string, string>();
  for (const article of articles) {
    for (const entity of article.entities) {
      if (!entity.gazetteer) continue;
      const current = kept.get(entity.gazetteer);
      if (current === undefined || entity.id < current) kept.set(entity.gazetteer, entity.id);
    }
  }
  return articles.map((article) => {
    const ids = new Set(article.entities.map((e) => e.id));
    const renames = new Map<string, string>();
    for (const entity of article.entities) {
      const to = entity.gazetteer ? kept.get(entity.gazetteer) : undefined;
      if (to && to !== entity.id && !ids.has(to)) renames.set(entity.id, to);
    }
    if (renames.size === 0) return article;
    const id = (x: string) => renames.get(x) ?? x;
    return {
      ...article,
      entities: article.entities.map((e) => (renames.has(e.id) ? { ...e, id: id(e.id) } : e)),
      events: article.events.map((e) => ({
        ...e,
        participants: e.participants.map((p) => (renames.has(p.entity) ? { ...p, entity: id(p.entity) } : p)),
        mentions: e.mentions.map(id),
        attribution: e.attribution.map(id),
      })),
      notes: article.notes.map((n) => ({ ...n, about: { ...n.about, entities: n.about.entities.map(id) } })),
    };
  });
}
