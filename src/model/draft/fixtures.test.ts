import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../validate-article.ts';

const DIR = join(import.meta.dirname, 'fixtures');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('the drafter gold set', () => {
  it('holds at least twelve invented articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s is a valid, invented record named after its id', (name) => {
    const result = validateArticle(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { record } = result;
    expect(record.source.invented).toBe(true);
    expect(`${record.id}.json`).toBe(name);
    // Gold articles are news-length reports with events to find, not one-liners.
    expect(record.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(record.paragraphs.length).toBeLessThanOrEqual(9);
    expect(record.events.length).toBeGreaterThan(0);
  });
});
