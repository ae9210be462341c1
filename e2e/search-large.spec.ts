import { expect, type Page, test } from '@playwright/test';
import { SEED, withoutShards } from './helpers.ts';

const COPIES = 6000;
const MARKED = 5900;

/**
 * Serves the seed (alone, not from the shards) with COPIES copies of its Federation Council decision:
 * over the number of events whose word index is built at once, so it is built in a worker. Copy MARKED
 * alone has a word of its own in its English title.
 */
async function serveLargeSeed(page: Page): Promise<void> {
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const decision = record.events.find((e: { id: string }) => e.id === 'federation-council-decision');
    // Each dated as stated on the article's day (the decision's own date comes from a note).
    const when = {
      text: null,
      relativeTo: { kind: 'absolute' },
      start: '2015-10-27',
      end: '2015-10-27',
      precision: 'day',
      certainty: 'stated',
    };
    for (let n = 0; n < COPIES; n++) {
      const title =
        n === MARKED ? { ...decision.title, en: `${decision.title.en} emeraldine` } : decision.title;
      record.events.push({ ...decision, id: `copy-${String(n).padStart(4, '0')}`, title, when });
    }
    await route.fulfill({ response, json: record });
  });
}

test('free text over 6,021 events finds the one word a late event holds, indexed in a worker', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await serveLargeSeed(page);
  await page.goto('./?lang=en');
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('searchbox', { name: 'Search the text' }).fill('EMERALDINE');
  await expect(filters.getByText('1 of 6,021 events')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.event-list .event-item')).toHaveCount(1);
  await expect(page.locator('.event-list mark.hit')).toHaveText('emeraldine');
  expect(workers.some((url) => /word-index\.worker/.test(url))).toBe(true);
});
