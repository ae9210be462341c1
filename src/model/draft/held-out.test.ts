import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../validate-article.ts';

// The held-out gold set: written without reading the drafter's rules, and scored apart from the
// fixtures by `npm run eval:draft`, so it measures how the rules do on text they were not fitted to.
const DIR = join(import.meta.dirname, 'held-out');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('the drafter held-out set', () => {
  it('holds at least ten articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s is a valid, invented record named after its id', (name) => {
    const result = validateArticle(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { record } = result;
    expect(record.source.invented).toBe(true);
    expect(`${record.id}.json`).toBe(name);
    expect(record.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(record.paragraphs.length).toBeLessThanOrEqual(8);
    expect(record.events.length).toBeGreaterThan(0);
  });

  it('shares no article id with the tuning fixtures', () => {
    const tuning = new Set(readdirSync(join(import.meta.dirname, 'fixtures')));
    expect(files.filter((name) => tuning.has(name))).toEqual([]);
  });
});
