import type { EntityRecord } from './article-schema.ts';
import { identityDifferences } from './cross-record.ts';

/** A problem the corpus reports against one article. */
interface Problem {
  article: string;
  path: string;
  message: string;
}

/**
 * One entity id that two articles define as two different entities (kind, names, country or gazetteer
 * entry differ): reported against the later article, in the order given (the corpus's own order, so
 * the report does not depend on load order). The corpus still shows the first definition's names.
 */
export function entityConflicts(
  articles: readonly { id: string; entities: readonly EntityRecord[] }[],
): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { article: string; entity: EntityRecord }>();
  for (const article of articles) {
    article.entities.forEach((entity, index) => {
      const known = first.get(entity.id);
      if (!known) {
        first.set(entity.id, { article: article.id, entity });
        return;
      }
      if (known.entity === entity) return;
      const differences = identityDifferences(known.entity, entity);
      if (differences.length === 0) return;
      problems.push({
        article: article.id,
        path: `entities.${index}`,
        message: `entity "${entity.id}" is defined differently in article "${known.article}": ${differences.join('; ')}`,
      });
    });
  }
  return problems;
}
