import { expect, type Locator, type Page, test } from '@playwright/test';
import { DENSE_WINDOW, serveDenseSeed } from './dense-seed.ts';
import { startDraft } from './editor-helpers.ts';

// The tests of "Try again" after a chunk could not be fetched, run by retry.spec.ts (Chromium as it
// ships) and retry-older-module-map.spec.ts. Each fails a chunk's first request (the network drops it,
// or the server answers 500), lets every later one through, and expects the feature after Try again.
//
// Chromium 156 here fetches a failed module again on the next import() (its feature
// ModuleMapDoNotCacheFailedFetch, whatwg/html#10327); older Chromium, and browsers that have not shipped
// that change, keep the failure for the page's life, as the HTML spec long said: there only a new
// address of the chunk (or, for a failed dependency of it, a reload) brings it. See
// src/data/import-again.ts.

type Failure = 'network' | 'server';

/**
 * Fails the first request for each chunk named `name` (each address, as built), then lets every request
 * through; returns every address of that chunk the page asked for (a retry's `?retry=N` too).
 */
async function failFirst(page: Page, name: string, how: Failure): Promise<string[]> {
  const chunk = new RegExp(`/assets/${name}-[\\w-]+\\.js(\\?.*)?$`);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (chunk.test(request.url())) asked.push(request.url());
  });
  const seen = new Set<string>();
  await page.route(chunk, (route) => {
    const url = route.request().url();
    // A retry's own address (`?retry=N`) is a later request of the same chunk: it goes through.
    if (seen.has(url) || url.includes('?')) return route.continue();
    seen.add(url);
    return how === 'network'
      ? route.abort('internetdisconnected')
      : route.fulfill({ status: 500, contentType: 'text/plain', body: 'server error' });
  });
  return asked;
}

/** `where` says in an alert that its part could not be loaded (late on a busy machine). */
const saysFailed = (where: Page | Locator, text: string) =>
  expect(where.getByRole('alert')).toHaveText(text, { timeout: 20_000 });

/** Try again in `where` brings `shown`, and the alert goes. */
async function tryAgainBrings(where: Page | Locator, shown: Locator) {
  await where.getByRole('button', { name: 'Try again' }).click();
  await expect(shown).toBeVisible({ timeout: 20_000 });
  await expect(where.getByRole('alert')).toHaveCount(0);
}

/** The retry tests, named after the module map they run with. */
export function retryTests(mode: string) {
  test.describe(`Try again fetches again (module map ${mode})`, () => {
    for (const how of ['network', 'server'] as const) {
      test(`the Embed dialog, after a ${how} failure of its chunk, opens on Try again`, async ({ page }) => {
        const asked = await failFirst(page, 'embed-dialog-body', how);
        await page.goto('./?lang=en');
        // The first screen on a busy machine (other browsers share its cores) may take a while.
        await expect(page.locator('.event-item')).toHaveCount(21, { timeout: 20_000 });
        await page.getByRole('button', { name: 'Embed', exact: true }).click();
        await expect(page.getByRole('alert')).toContainText('Could not load the Embed dialog.', {
          timeout: 20_000,
        });
        await expect(page.locator('.event-item')).toHaveCount(21);
        await tryAgainBrings(page, page.getByRole('dialog', { name: 'Embed this view in your page' }));
        expect(asked.length).toBeGreaterThan(1);
      });

      test(`the participant graph, after a ${how} failure of its chunks, is drawn on Try again`, async ({
        page,
      }) => {
        // Both the view's chunk and the model's (src/graph/participant-graph.tsx and
        // src/model/participant-graph.ts) are named participant-graph-*.js.
        const asked = await failFirst(page, 'participant-graph', how);
        await page.goto('./?lang=en');
        await expect(page.locator('.event-item')).toHaveCount(21, { timeout: 20_000 });
        const pane = page.getByRole('region', { name: 'Participant graph' });
        // The graph is fetched after the timeline's first frame, which takes a while on a busy machine.
        await saysFailed(pane, 'The participant graph could not be loaded. Try again');
        // Where failures are kept, the view's chunk cannot import the model's (a static dependency of it
        // that failed): Try again reloads the page, whose address holds the view.
        await tryAgainBrings(pane, pane.getByRole('button', { name: 'Sergey Lavrov — 13 events' }));
        expect(asked.length).toBeGreaterThan(2);
      });

      test(`the embed's graph, after a ${how} failure of its chunks, says so and is drawn on Try again`, async ({
        page,
      }) => {
        const asked = await failFirst(page, 'participant-graph', how);
        await page.goto('./embed.html?view=graph&lang=en');
        const pane = page.getByRole('region', { name: 'Participant graph' });
        // Before, the embed said it was laying the graph out, for good.
        await saysFailed(pane, 'The articles could not be shownTry again');
        // Try again reloads the embed, whose address holds its state. Every chunk named so fails once
        // here, and a reload asks for some for the first time: each such failure is said the same way.
        const lavrov = pane.getByRole('button', { name: 'Sergey Lavrov — 13 events' });
        for (let tries = 0; tries < 5 && !(await lavrov.isVisible()); tries++) {
          await pane.getByRole('button', { name: 'Try again' }).click();
          await expect(lavrov.or(pane.getByRole('alert'))).toBeVisible({ timeout: 20_000 });
        }
        await expect(lavrov).toBeVisible();
        expect(asked.length).toBeGreaterThan(1);
      });

      test(`an event's details, after a ${how} failure of their chunk, are shown on Try again`, async ({
        page,
      }) => {
        const asked = await failFirst(page, 'event-details', how);
        await page.goto('./?lang=en');
        await expect(page.locator('.event-item')).toHaveCount(21, { timeout: 20_000 });
        await page
          .getByRole('button', { name: /Quartet meeting in Vienna/ })
          .first()
          .click();
        const pane = page.getByRole('complementary', { name: 'Event details' });
        await saysFailed(pane, 'The event’s details could not be loaded. Try again');
        // The rest of the page stays, the selection with it.
        await expect(page).toHaveURL(/event=vienna-quartet/);
        await expect(page.locator('.event-item')).toHaveCount(21);
        await tryAgainBrings(pane, pane.getByRole('heading', { name: /Quartet meeting in Vienna/ }));
        expect(asked.length).toBeGreaterThan(1);
      });

      test(`the timeline's canvas painter, after a ${how} failure of its chunk, draws on Try again`, async ({
        page,
      }) => {
        const asked = await failFirst(page, 'timeline-canvas', how);
        await serveDenseSeed(page);
        await page.goto(`./?view=timeline,graph,list&${DENSE_WINDOW}&lang=en`);
        const plot = page.getByRole('listbox', { name: 'Events on the timeline' });
        await expect(plot).toHaveAttribute('data-mode', 'canvas', { timeout: 20_000 });
        await saysFailed(plot, 'The drawing of this many events could not be loaded. Try again');
        // The rest of the page stays: the list still counts the seed's 21 events and the 1,044 copies,
        // and the graph, which waits for the timeline's first frame, does not wait for a retry.
        await expect(page.locator('.events-pane .count')).toHaveText('1,065 events in time order');
        await expect(page.getByRole('button', { name: /^Sergey Lavrov — / })).toBeVisible({
          timeout: 20_000,
        });
        await plot.getByRole('button', { name: 'Try again' }).click();
        await expect(page.locator('.tl-canvas')).toHaveAttribute('data-primitives', /^[1-9]/, {
          timeout: 20_000,
        });
        await expect(plot.getByRole('alert')).toHaveCount(0);
        expect(asked.length).toBeGreaterThan(1);
      });

      test(`the editor's record checker, after a ${how} failure of its chunk, checks on Try again`, async ({
        page,
      }) => {
        const asked = await failFirst(page, 'validate-article', how);
        await startDraft(page, 'en');
        await page.getByRole('button', { name: 'Find the events' }).click();
        const finish = page.getByRole('region', { name: 'Finish' });
        // Checking waits for a pause in the edits, then for the checker's chunk: slow on a busy machine.
        await expect(finish.getByRole('alert')).toHaveText(
          'The record checker could not be loaded, so the record is not checked yet. Try again',
          { timeout: 20_000 },
        );
        await expect(finish.getByRole('button', { name: 'Download the record (JSON)' })).toBeDisabled();
        await finish.getByRole('button', { name: 'Try again' }).click();
        await expect(finish.getByRole('alert')).toHaveCount(0);
        await expect(finish.getByRole('status').first()).toHaveText('The record is valid.', {
          timeout: 20_000,
        });
        expect(asked.length).toBeGreaterThan(1);
      });
    }
  });
}
