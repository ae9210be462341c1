import { type ArticleRecord, SCHEMA_VERSION } from './article-schema.ts';

/** A record in the current version of the format. */
export type CurrentRecord = ArticleRecord & { schemaVersion: typeof SCHEMA_VERSION };

/**
 * The record in the current version. Version 2 only added optional fields (time of day, quotes, the
 * article's sources, groups and office holders, whether the copy has a headline and dateline, an
 * inferred publication date), so a version 1 record says the same as version 2 and keeps every field
 * as it was: nothing it says is dropped or guessed. A current record is returned as it is.
 */
export function migrateArticle(record: ArticleRecord): CurrentRecord {
  if (record.schemaVersion === SCHEMA_VERSION) return record as CurrentRecord;
  return { ...record, schemaVersion: SCHEMA_VERSION };
}
