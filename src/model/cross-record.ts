import type { ArticleRecord, EntityRecord } from './article-schema.ts';

/** A validated record and the file it came from, for messages that name both files. */
export interface RecordFile {
  file: string;
  record: Pick<ArticleRecord, 'id' | 'entities' | 'events'>;
}

/** A problem between records: the file it is reported against, and a message naming the other. */
export interface CrossRecordProblem {
  file: string;
  path: string;
  message: string;
}

/**
 * The fields that say who an entity is, where both records give them; spellings and roles may differ
 * between records (they merge), and a record may leave out a country or gazetteer id the other gives;
 * two records that name one gazetteer entry name one entity.
 */
export function identityDifferences(a: EntityRecord, b: EntityRecord): string[] {
  // One gazetteer entry is one entity, however each record spells its name.
  if (a.gazetteer !== undefined && a.gazetteer === b.gazetteer) return [];
  const pairs: [string, string | undefined, string | undefined][] = [
    ['kind', a.kind, b.kind],
    ['name.ar', a.name.ar, b.name.ar],
    ['name.en', a.name.en, b.name.en],
    ['country', a.country, b.country],
    ['gazetteer', a.gazetteer, b.gazetteer],
  ];
  return pairs
    .filter(([, x, y]) => x !== undefined && y !== undefined && x !== y)
    .map(([field, x, y]) => `${field} ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
}

/**
 * What several records given together get wrong between them: one article id in two files, a sameAs
 * link to an event or entity the named article (given) does not have, one entity id that names different
 * entities in two records. Each message names both files. A link to an article not given is no problem:
 * it is checked when that article is given too (`unchecked` lists them).
 */
export function crossRecordProblems(files: readonly RecordFile[]): {
  problems: CrossRecordProblem[];
  unchecked: CrossRecordProblem[];
} {
  const problems: CrossRecordProblem[] = [];
  const unchecked: CrossRecordProblem[] = [];
  const byArticle = new Map<string, RecordFile>();
  for (const given of files) {
    const first = byArticle.get(given.record.id);
    if (first) {
      problems.push({
        file: given.file,
        path: 'id',
        message: `article id "${given.record.id}" is also the id of ${first.file}`,
      });
    } else byArticle.set(given.record.id, given);
  }
  for (const { file, record } of files) {
    record.events.forEach((event, index) => {
      (event.sameAs ?? []).forEach((link, i) => {
        const path = `events.${index}.sameAs.${i}`;
        const target = byArticle.get(link.article);
        if (!target) {
          unchecked.push({ file, path, message: `article "${link.article}" is not among the files given` });
        } else if (!target.record.events.some((e) => e.id === link.event)) {
          problems.push({
            file,
            path,
            message: `article "${link.article}" (${target.file}) has no event "${link.event}"`,
          });
        }
      });
    });
  }
  for (const { file, record } of files) {
    record.entities.forEach((entity, index) => {
      (entity.sameAs ?? []).forEach((link, i) => {
        const target = byArticle.get(link.article);
        const path = `entities.${index}.sameAs.${i}`;
        if (!target) {
          unchecked.push({ file, path, message: `article "${link.article}" is not among the files given` });
        } else if (!target.record.entities.some((e) => e.id === link.entity)) {
          problems.push({
            file,
            path,
            message: `article "${link.article}" (${target.file}) has no entity "${link.entity}"`,
          });
        }
      });
    });
  }
  const defined = new Map<string, { file: string; entity: EntityRecord }>();
  for (const { file, record } of files) {
    record.entities.forEach((entity, index) => {
      const first = defined.get(entity.id);
      if (!first) {
        defined.set(entity.id, { file, entity });
        return;
      }
      const differences = identityDifferences(first.entity, entity);
      if (differences.length > 0) {
        problems.push({
          file,
          path: `entities.${index}`,
          message: `entity "${entity.id}" is defined differently in ${first.file}: ${differences.join('; ')}`,
        });
      }
    });
  }
  return { problems, unchecked };
}
