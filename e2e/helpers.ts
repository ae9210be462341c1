import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The bundled seed article's id. */
export const SEED = 'sana-2015-10-27-lavrov-makei';

/**
 * Takes the site's shards away (404), so the app reads each article from its own record file, as it
 * does when a shard is missing or differs from the index: for tests that change a record on its way.
 */
export async function withoutShards(page: Page) {
  await page.route('**/data/shards/*.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
}

/**
 * Opens the explorer at `search` and waits until the events are listed, the article's text is in
 * and the web fonts have arrived (unless `fonts: false`). A first load waits up to `timeout` (20 s):
 * a load whose requests a test intercepts took 6-10 s on a busy machine.
 */
export async function openExplorer(
  page: Page,
  search = '',
  { fonts = true, timeout = 20_000 }: { fonts?: boolean; timeout?: number } = {},
) {
  await page.goto(`./${search}`);
  await expect(page.locator('.event-list')).toBeVisible({ timeout });
  // The reader fetches the article's paragraphs after the corpus is shown; they must arrive.
  await expect(page.locator('.reader .text-loading')).toHaveCount(0, { timeout });
  await expect(page.locator('.reader [role="alert"]')).toHaveCount(0);
  // A web font arriving late changes the page's height by a line or more (16-70 px here) and every
  // width measured: positions are read once the page is in the fonts it will keep.
  if (fonts) await page.evaluate(() => document.fonts.ready);
}

/** The list's button for an event, found by its visible title. */
export function eventButton(page: Page, title: string | RegExp) {
  return page.getByRole('button', { name: title }).and(page.locator('.event-item'));
}

/** Whether the element is inside the visible part of its scrolling pane. */
export async function visibleInPane(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const pane = element.closest('.pane');
    if (!pane) return false;
    const a = element.getBoundingClientRect();
    const b = pane.getBoundingClientRect();
    return a.top >= b.top && a.bottom <= b.bottom;
  });
}

/** Every axe violation on the page as it is now, of any impact, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
