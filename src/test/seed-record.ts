import { readFileSync } from 'node:fs';
import type { ArticleInput, ArticleRecord } from '../model/article-schema.ts';
import { buildCorpus } from '../model/build-corpus.ts';
import type { Corpus } from '../model/corpus.ts';
import { validateArticle } from '../model/validate-article.ts';

/** Path of the bundled seed record, from the repository root. */
export const SEED_FILE = 'data/articles/sana-2015-10-27-lavrov-makei.json';

/** A fresh, mutable copy of the seed record as JSON, for tests that break it on purpose. */
export function seedJson(): ArticleInput & Record<string, unknown> {
  // Tests run from the repository root; a URL from import.meta.url breaks under jsdom.
  return JSON.parse(readFileSync(SEED_FILE, 'utf8'));
}

/** The seed record, validated (throws if the bundled seed is ever broken). */
export function seedRecord(): ArticleRecord {
  const result = validateArticle(seedJson());
  if (!result.ok) throw new Error(`the seed record is invalid: ${JSON.stringify(result.problems)}`);
  return result.record;
}

/** The corpus of the seed record alone. */
export function seedCorpus(): Corpus {
  return buildCorpus([seedRecord()]);
}

/** The seed article's participants (not the entities it only mentions), in code-unit order of their ids. */
export const SEED_PARTICIPANTS: readonly string[] = [
  'egyptian-counterparts',
  'federation-council',
  'france',
  'kerry',
  'lavrov',
  'makei',
  'peskov',
  'putin',
  'russia',
  'salman',
  'saudi-fm',
  'turkish-fm',
  'zarif',
];
