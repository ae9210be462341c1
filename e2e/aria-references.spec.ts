import { expect, type Page, test } from '@playwright/test';
import { startDraft } from './editor-helpers.ts';
import { openExplorer } from './helpers.ts';

/** Every `attribute=id` on the page that names an element the page does not have. */
const missingReferences = (page: Page) =>
  page.evaluate(() => {
    const attributes = [
      'aria-describedby',
      'aria-labelledby',
      'aria-controls',
      'aria-activedescendant',
      'aria-owns',
      'aria-flowto',
      'aria-details',
      'aria-errormessage',
      'for',
    ];
    const missing = new Set<string>();
    for (const attribute of attributes) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id))
            missing.add(`${element.tagName.toLowerCase()} ${attribute}=${id}`);
        }
      }
    }
    return [...missing];
  });

test('in the explorer every id an aria attribute names exists, as the views open and focus moves', async ({
  page,
}) => {
  await openExplorer(page, '?event=lavrov-kerry-call-2');
  // The graph's code and layout come after the first screen.
  await expect(page.locator('.graph-edge-hit').first()).toBeAttached({ timeout: 15_000 });
  expect(await missingReferences(page)).toEqual([]);

  await page.locator('.tl-plot').focus();
  await page.keyboard.press('End');
  expect(await missingReferences(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'الأشخاص' }).fill('لاف');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  expect(await missingReferences(page)).toEqual([]);

  await page.goto('./?lang=en&view=graph');
  await expect(page.locator('.graph-edge-hit').first()).toBeAttached({ timeout: 15_000 });
  await page.locator('.graph-edge-hit').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await missingReferences(page)).toEqual([]);
  await page.keyboard.press('Escape');
  expect(await missingReferences(page)).toEqual([]);
});

test('in the embed and the editor every id an aria attribute names exists', async ({ page }) => {
  await page.goto('./embed.html?view=timeline,graph&event=lavrov-kerry-call-2');
  // The embed fetches the graph's code after the timeline's first frame.
  await expect(page.locator('.graph-edge-hit').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('.tl-mark').first()).toBeVisible();
  expect(await missingReferences(page)).toEqual([]);

  // The editor, before and after drafting.
  await startDraft(page, 'en');
  expect(await missingReferences(page)).toEqual([]);
  await page.getByRole('button', { name: 'Find the events' }).click();
  await expect(page.locator('.event-card').first()).toBeVisible();
  expect(await missingReferences(page)).toEqual([]);
});
