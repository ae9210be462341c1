import type { EntityRecord } from './article-schema.ts';
import { sameEntity } from './corpus.ts';
import type { ShardContent } from './corpus-index.ts';

// Apart from corpus-index.ts, which the build's side of it (entity merging, quote words) would bring
// into the first load with it.

/**
 * A shard as the build writes it: each article's entities that say the same as the entities file's
 * merged record (sameEntity) are given by id only. Articles name a few of thousands of people and
 * places, and each shard wrote every one out again: at 100,000 events a fifth of a shard's gzipped
 * bytes (130 of 616 KB), all of it already in the entities file.
 */
export interface ShippedShard extends Omit<ShardContent, 'articles'> {
  articles: (Omit<ShardContent['articles'][number], 'entities'> & { entities: (EntityRecord | string)[] })[];
}

/** The shard the build writes for `content`, with `merged` the entities file's records by id. */
export function shipShard(content: ShardContent, merged: ReadonlyMap<string, EntityRecord>): ShippedShard {
  return {
    ...content,
    articles: content.articles.map((article) => ({
      ...article,
      entities: article.entities.map((entity) => {
        const same = merged.get(entity.id);
        return same && sameEntity(entity, same) ? entity.id : entity;
      }),
    })),
  };
}

/**
 * The content of a shard the build wrote, its entities given by id taken from `merged` (the entities
 * file's, by id); null when one is missing from it (or there is no entities file), so the loader
 * reads those articles from their own files.
 */
export function unshipShard(
  shipped: ShippedShard,
  merged: ReadonlyMap<string, EntityRecord> | null,
): ShardContent | null {
  const articles: ShardContent['articles'] = [];
  for (const article of shipped.articles) {
    const entities: EntityRecord[] = [];
    for (const entity of article.entities) {
      const record = typeof entity === 'string' ? merged?.get(entity) : entity;
      if (!record) return null;
      entities.push(record);
    }
    articles.push({ ...article, entities });
  }
  return { ...shipped, articles };
}
