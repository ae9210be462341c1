import type { EntityRecord, EventRecord, NoteRecord } from './article-schema.ts';

/** What alignment reads and rewrites of an article: its entities and what refers to them. */
interface Aligned {
  /** The article's id, which other records' entity `sameAs` links name (absent: none can). */
  id?: string;
  entities: EntityRecord[];
  events: Pick<EventRecord, 'participants' | 'mentions' | 'attribution'>[];
  notes: NoteRecord[];
}

// Separates the parts of a key: no id holds it.
const SEP = '\u0000';

/**
 * The id each entity of each article is to take (by article index and entity id): entities that name
 * one gazetteer entry, or that an entity `sameAs` links to another record's entity (either way round,
 * and through one another), are one entity, under the smallest of their ids in code-unit order.
 */
function keptIds(articles: readonly Aligned[]): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    parent.set(key, at);
    return at;
  };
  const join = (a: string, b: string) => {
    const [x, y] = [root(a), root(b)].sort();
    if (x !== undefined && y !== undefined && x !== y) parent.set(y, x);
  };
  const byId = new Map<string, number>();
  articles.forEach((article, index) => {
    if (article.id !== undefined && !byId.has(article.id)) byId.set(article.id, index);
  });
  articles.forEach((article, index) => {
    for (const entity of article.entities) {
      const key = `${index}${SEP}${entity.id}`;
      if (!parent.has(key)) parent.set(key, key);
      if (entity.gazetteer) {
        const entry = `g${SEP}${entity.gazetteer}`;
        if (!parent.has(entry)) parent.set(entry, entry);
        join(key, entry);
      }
    }
  });
  articles.forEach((article, index) => {
    for (const entity of article.entities) {
      for (const link of entity.sameAs ?? []) {
        const target = byId.get(link.article);
        const key = `${target}${SEP}${link.entity}`;
        if (target !== undefined && parent.has(key)) join(`${index}${SEP}${entity.id}`, key);
      }
    }
  });
  const smallest = new Map<string, { id: string; count: number }>();
  for (const key of parent.keys()) {
    if (key.startsWith(`g${SEP}`)) continue;
    const id = key.slice(key.indexOf(SEP) + 1);
    const group = root(key);
    const known = smallest.get(group);
    if (!known) smallest.set(group, { id, count: 1 });
    else smallest.set(group, { id: [id, known.id].sort()[0] as string, count: known.count + 1 });
  }
  const kept = new Map<string, string>();
  for (const key of parent.keys()) {
    const group = smallest.get(root(key));
    if (group && group.count > 1 && !key.startsWith(`g${SEP}`)) kept.set(key, group.id);
  }
  return kept;
}

/**
 * Gives the entities that name one gazetteer entry (or that an entity `sameAs` links across records)
 * one id across articles, so that the seed's "lavrov" and a drafted record's "sergey-lavrov" (both
 * `gazetteer: "sergey-lavrov"`) are one person. The id kept is the smallest of them in code-unit order,
 * which depends on the set of articles only, never on the order they were loaded in. Articles with
 * nothing to rename are returned as they were; an article that already uses the kept id for another
 * entity keeps its own ids.
 */
export function alignEntityIds<A extends Aligned>(articles: readonly A[]): A[] {
  const kept = keptIds(articles);
  if (kept.size === 0) return [...articles];
  return articles.map((article, index) => {
    const ids = new Set(article.entities.map((e) => e.id));
    const renames = new Map<string, string>();
    for (const entity of article.entities) {
      const to = kept.get(`${index}${SEP}${entity.id}`);
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
