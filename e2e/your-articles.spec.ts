import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { SEED } from './helpers.ts';

const fixture = (name: string) => `e2e/fixtures/${name}`;
const SEED_FILE = `data/articles/${SEED}.json`;
const INVENTED = 'invented-test-wire-2015-10-27';
const listed = (page: Page) => page.locator('.event-list .event-item');

/** Drops files on the page the way a browser delivers a drag from the desktop. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, files);
}

test('opening two files with the picker shows both articles, the shared call once', async ({ page }) => {
  await page.goto('./?lang=en&bundled=no');
  await expect(page.getByText('No articles are shown.')).toBeVisible();
  await page.getByLabel('Open article files…').setInputFiles([SEED_FILE, fixture('invented-test-wire.json')]);
  await expect(page.getByText('22 of 22 events')).toBeVisible();
  await expect(
    listed(page).filter({ hasText: 'Lavrov to meet the Egyptian foreign minister in Cairo' }),
  ).toHaveCount(1);
  await expect(
    listed(page).filter({ hasText: 'Lavrov–Kerry phone call (the third in three days)' }),
  ).toHaveCount(1);
  await expect(listed(page).filter({ hasText: 'invented report' })).toHaveCount(1);

  await listed(page).filter({ hasText: 'the third in three days' }).click();
  const details = page.locator('.details');
  await expect(details.locator('blockquote')).toHaveCount(5);
  await expect(details).toContainText('Lavrov and Kerry speak by phone (an invented report for tests)');

  const switcher = page.getByRole('combobox', { name: 'Article' });
  await switcher.selectOption(INVENTED);
  await expect(page).toHaveURL(new RegExp(`article=${INVENTED}`));
  await expect(page.locator('article.reader')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.reader .headline')).toHaveText(
    'Lavrov and Kerry speak by phone (an invented report for tests)',
  );
  await expect(listed(page)).toHaveCount(2);
});

test('files still open when the reading worker cannot load (a new version replaced its code)', async ({
  page,
}) => {
  // The worker's script is gone, as after a deploy while the page was open: the files are read on
  // the page instead of waiting for a worker that never answers.
  let asked = 0;
  await page.route(/\/assets\/read-record\.worker-[^/]*\.js$/, (route) => {
    asked++;
    return route.fulfill({ status: 404, body: 'gone' });
  });
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto('./?lang=en&bundled=no');
  await expect(page.getByText('No articles are shown.')).toBeVisible();
  await page.getByLabel('Open article files…').setInputFiles([SEED_FILE, fixture('invented-test-wire.json')]);
  await expect(page.getByText('22 of 22 events')).toBeVisible();
  await expect(listed(page).filter({ hasText: 'invented report' })).toHaveCount(1);
  expect(asked).toBeGreaterThan(0);

  // A broken file opened next is still explained, read on the page as well.
  await page
    .getByLabel('Open article files…')
    .setInputFiles([fixture('broken-record.json'), fixture('invented-test-wire.json')]);
  const alert = page.getByRole('alert').filter({ hasText: 'loaded' });
  await expect(alert).toContainText('2 loaded, 1 rejected:');
  await expect(alert).toContainText('broken-record.json: events.0.participants.0.entity');

  // The kept files are read again on the next visit, by the same worker: the explorer waits for
  // them, so a worker that never answered would have left it loading for good.
  await page.reload();
  await expect(page.getByText('22 of 22 events')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a folder dropped with a file is said to be unreadable; the file loads and reading ends', async ({
  page,
}) => {
  await page.goto('./?lang=en&bundled=no');
  await expect(page.getByText('No articles are shown.')).toBeVisible();
  const seed = readFileSync(SEED_FILE, 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'seed.json', { type: 'application/json' }));
    // A folder reaches the page as a File whose bytes cannot be read: the browser refuses them.
    const folder = new File([], 'my-records');
    folder.arrayBuffer = () =>
      Promise.reject(new DOMException('A requested file or directory could not be found.', 'NotFoundError'));
    const files = [...data.files, folder];
    const drop = { files, items: data.items, types: ['Files'] } as unknown as DataTransfer;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new DragEvent(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: drop });
      window.dispatchEvent(event);
    }
  }, seed);
  const alert = page.getByRole('alert').filter({ hasText: 'loaded' });
  await expect(alert).toContainText('1 loaded, 1 rejected:');
  await expect(alert).toContainText(
    'The browser could not read my-records: is it a folder, or a file moved or changed after it was chosen?',
  );
  await expect(listed(page)).toHaveCount(21);
  await expect(page.getByText('Reading and checking the files…')).toHaveCount(0);
});

test('a broken file dropped among good ones is listed with every problem; the good ones load', async ({
  page,
}) => {
  await page.goto('./?lang=en&bundled=no');
  // A person drops onto a page they can see: the drop target is the rendered explorer, which can
  // mount after the load event on a slow machine (a drop before it is the browser's own).
  await expect(page.getByText('No articles are shown.')).toBeVisible();
  await dropFiles(page, [
    { name: 'seed.json', text: readFileSync(SEED_FILE, 'utf8') },
    { name: 'broken-record.json', text: readFileSync(fixture('broken-record.json'), 'utf8') },
    { name: 'invented.json', text: readFileSync(fixture('invented-test-wire.json'), 'utf8') },
  ]);
  const alert = page.getByRole('alert').filter({ hasText: 'loaded' });
  await expect(alert).toContainText('2 loaded, 1 rejected:');
  await expect(alert).toContainText(
    'broken-record.json: events.0.participants.0.entity: no entity with id "lavrof"',
  );
  await expect(alert).toContainText(
    'broken-record.json: events.1.evidence.0.end: span 22–9999 is outside paragraph 2 (0–87)',
  );
  await expect(listed(page)).toHaveCount(22);
});

test('markup, scripts, bidi overrides and endless words in a record stay inert text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=en&bundled=no');
  await page.getByLabel('Open article files…').setInputFiles([fixture('hostile-record.json')]);
  await expect(listed(page)).toHaveCount(1);
  await listed(page).click();
  await expect(page.locator('.reader .headline')).toHaveText(
    '<img src=x onerror="window.__rasdPwned=4">Hostile headline',
  );
  await expect(page.locator('.reader .paragraph').first()).toContainText(
    '<script>window.__rasdPwned=2</script>',
  );
  await expect(page.locator('.event-title')).toHaveText('<script>window.__rasdPwned=6</script>Meeting');
  expect(
    await page.evaluate(() => (window as unknown as { __rasdPwned?: number }).__rasdPwned),
  ).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a file over the size limit is refused with a message, before it is read', async ({ page }) => {
  await page.goto('./?lang=en');
  await page
    .getByLabel('Open article files…')
    .setInputFiles([
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) },
    ]);
  await expect(page.getByRole('alert')).toContainText(
    'huge.json is too large (6 MB); the limit is 5 MB, so it was not read.',
  );
  await expect(listed(page)).toHaveCount(21);
});

test('a src link loads a record from another site; failures are explained in plain words', async ({
  page,
}) => {
  await page.route('https://records.example/invented.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: readFileSync(fixture('invented-test-wire.json'), 'utf8'),
    }),
  );
  await page.route('https://records.example/blocked.json', (route) => route.abort('failed'));
  await page.goto('./?lang=en&src=https://records.example/invented.json');
  await expect(page.getByText('22 of 22 events')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Article' })).toContainText('from a link');

  await page.goto('./?lang=en&src=https://records.example/blocked.json&src=http://elsewhere.example/a.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 loaded, 2 rejected:');
  await expect(alert).toContainText('does not allow other sites to read this file (CORS');
  await expect(alert).toContainText(
    'http://elsewhere.example/a.json was not loaded: only addresses on this site or https:// addresses are loaded',
  );
  await expect(listed(page)).toHaveCount(21);
});

test('the JSON Schema is served for data authors', async ({ request }) => {
  const response = await request.get('./schema/article.schema.json');
  expect(response.ok()).toBe(true);
  const schema = await response.json();
  expect(schema.title).toBe('Rasd article record');
  expect(schema.required).toContain('paragraphs');
});
