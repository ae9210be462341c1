import type { ArticleRecord } from '../article-schema.ts';
import type { CorpusEvent } from '../corpus.ts';

/**
 * The records of the articles that report any of the events, whole (every event of each, so the
 * links between its events stay whole), in the order given, without `$schema` (a path relative to
 * the folder it came from, which a downloaded file is not in).
 */
export function recordsOf(
  records: readonly ArticleRecord[],
  events: readonly CorpusEvent[],
): ArticleRecord[] {
  const wanted = new Set(events.flatMap((e) => e.articles));
  return records
    .filter((record) => wanted.has(record.id))
    .map(({ $schema: _dropped, ...record }) => record as ArticleRecord);
}

/** The records as a file: one record as itself (valid against the schema), several as an array of them. */
export function recordsJson(records: readonly ArticleRecord[]): string {
  return `${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`;
}
