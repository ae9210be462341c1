import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../validate-article.ts';

const jsonFiles = (folder: string) =>
  readdirSync(join(import.meta.dirname, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();

// The tuning set the drafter's rules were written against, and the held-out set written without
// reading them (scored apart by `npm run eval:draft`, so it measures text the rules were not fitted to).
const SETS = [
  { folder: 'fixtures', least: 12, paragraphs: [3, 9] },
  { folder: 'held-out', least: 10, paragraphs: [3, 8] },
] as const;

describe.each(SETS)('the drafter gold set in $folder', ({ folder, least, paragraphs: [fewest, most] }) => {
  const files = jsonFiles(folder);

  it(`holds at least ${least} articles`, () => {
    expect(files.length).toBeGreaterThanOrEqual(least);
  });

  it.each(files)('%s is a valid, invented record named after its id', (name) => {
    const result = validateArticle(JSON.parse(readFileSync(join(import.meta.dirname, folder, name), 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { record } = result;
    expect(record.source.invented).toBe(true);
    expect(`${record.id}.json`).toBe(name);
    // Gold articles are news-length reports with events to find, not one-liners.
    expect(record.paragraphs.length).toBeGreaterThanOrEqual(fewest);
    expect(record.paragraphs.length).toBeLessThanOrEqual(most);
    expect(record.events.length).toBeGreaterThan(0);
  });
});

describe('the two gold sets', () => {
  it('share no article', () => {
    const tuning = new Set(jsonFiles('fixtures'));
    expect(jsonFiles('held-out').filter((name) => tuning.has(name))).toEqual([]);
  });
});
