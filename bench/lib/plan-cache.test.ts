import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../generate-corpus.ts';
import { interactionPlan } from './expected-counts.ts';
import { cachedPlan } from './plan-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedPlan', () => {
  const { records } = generateCorpus({ events: 200, seed: 3 });
  const file = join(dir, 'plan.json');

  it('computes the plan once, then gives the kept one for the same records and filter', () => {
    const first = cachedPlan(file, records, { from: '2014-01-01' });
    expect(first.cached).toBe(false);
    expect(first.plan).toEqual(interactionPlan(records, { from: '2014-01-01' }));
    const second = cachedPlan(file, records, { from: '2014-01-01' });
    expect(second).toEqual({ plan: first.plan, cached: true });
  });

  it('computes it again for another filter or other records', () => {
    expect(cachedPlan(file, records, { from: '2015-01-01' }).cached).toBe(false);
    expect(cachedPlan(file, records.slice(1), { from: '2015-01-01' }).cached).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).plan.total).toBe(
      interactionPlan(records.slice(1), { from: '2015-01-01' }).total,
    );
  });
});
