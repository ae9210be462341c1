import type { Page } from '@playwright/test';
import { SEED, withoutShards } from './helpers.ts';

// Copies of the seed's Federation Council decision (one participant) on four days, each date stated.
// Events of one lane and day stack into seven rows of one each; the rest share the eighth row, where
// they are one cluster: 2, 3, 11 and 1,000 events. With the seed's own, over a thousand events are in
// the window, so the timeline draws on its canvas.
export const DENSE_DAYS: [string, number][] = [
  ['2015-10-03', 7 + 2],
  ['2015-10-10', 7 + 3],
  ['2015-10-17', 7 + 11],
  ['2015-11-07', 7 + 1000],
];
/** The window, as a URL parameter, that holds all four days. */
export const DENSE_WINDOW = 'window=2015-09-26..2015-11-14';

/** Serves the seed (alone, not from the shards) with the copies of DENSE_DAYS added: 1,065 events. */
export async function serveDenseSeed(page: Page): Promise<void> {
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const decision = record.events.find((e: { id: string }) => e.id === 'federation-council-decision');
    for (const [day, count] of DENSE_DAYS) {
      for (let n = 0; n < count; n++) {
        record.events.push({
          ...decision,
          id: `decision-${day}-${String(n).padStart(4, '0')}`,
          when: {
            text: null,
            relativeTo: { kind: 'absolute' },
            start: day,
            end: day,
            precision: 'day',
            certainty: 'stated',
          },
        });
      }
    }
    await route.fulfill({ response, json: record });
  });
}
