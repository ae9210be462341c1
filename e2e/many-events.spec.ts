import { expect, test } from '@playwright/test';
import { SEED, withoutShards } from './helpers.ts';

// The seed's 18 events dated on their own, thirteen times over under new ids: 234 events in one record.
test.beforeEach(async ({ page }) => {
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const copies = [];
    for (let n = 0; n < 13; n++) {
      for (const event of record.events) {
        if (event.when.relativeTo.kind === 'event') continue;
        copies.push({ ...event, id: `${event.id}-${n}` });
      }
    }
    record.events = copies;
    const ids = new Set(copies.map((e) => e.id));
    record.notes = record.notes.map((note: { about: { events: string[] } }) => ({
      ...note,
      about: {
        ...note.about,
        events: note.about.events
          .flatMap((id) => [...Array(13).keys()].map((n) => `${id}-${n}`))
          .filter((id) => ids.has(id)),
      },
    }));
    await route.fulfill({ response, json: record });
  });
});

test('a long list shows its first 100 events, then more on request, and always the selected one', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  const items = page.locator('.event-list .event-item');
  await expect(page.getByText('234 events in time order')).toBeVisible();
  await expect(items).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more (134 left)' }).click();
  await expect(items).toHaveCount(200);
  await page.getByRole('button', { name: 'Show 34 more (34 left)' }).click();
  await expect(items).toHaveCount(234);

  await page.goto('./?lang=en&event=salman-moscow-visit-12');
  await expect(items.last()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.details h3')).toHaveText('Planned visit of the Saudi king to Moscow');
});
