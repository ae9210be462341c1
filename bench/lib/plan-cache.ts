import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleInput } from '../../src/model/article-schema.ts';
import type { FilterState } from '../../src/model/filter-events.ts';
import { type InteractionPlan, interactionPlan } from './expected-counts.ts';

const MODEL = resolve(import.meta.dirname, '../../src/model');

function modelSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? modelSources(join(dir, entry.name))
        : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

/**
 * interactionPlan, kept in `file` under a hash of the records, the base filter and every source file
 * of src/model: at 100,000 events the plan takes a minute, and the same seed gives the same records.
 * Any change to the corpus or to the model's filtering computes it again.
 */
export function cachedPlan(
  file: string,
  records: readonly ArticleInput[],
  base: Partial<FilterState>,
): { plan: InteractionPlan; cached: boolean } {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(base));
  for (const record of records) hash.update(JSON.stringify(record));
  for (const source of modelSources(MODEL)) hash.update(readFileSync(source));
  const key = hash.digest('hex');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; plan: InteractionPlan };
    if (kept.key === key) return { plan: kept.plan, cached: true };
  }
  const plan = interactionPlan(records, base);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ key, plan }));
  return { plan, cached: false };
}
