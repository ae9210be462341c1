import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../model/article-schema.ts';

/** Path of the bundled seed record, from the repository root. */
export const SEED_FILE = 'data/articles/sana-2015-10-27-lavrov-makei.json';

/** A fresh, mutable copy of the seed record as JSON, for tests that break it on purpose. */
export function seedJson(): ArticleInput & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../${SEED_FILE}`, import.meta.url), 'utf8'));
}
