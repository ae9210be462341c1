import { expect, type Page, test } from '@playwright/test';
import { openExplorer, SEED, withoutShards } from './helpers.ts';

const articleFile = `data/articles/${SEED}.json`;

/** Every request for the app's data from now on, as paths under the app ("data/index.json"). */
function dataRequests(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) fetched.push(path.replace(/^.*\/data\//, 'data/'));
  });
  return fetched;
}

test('a corrupt data file shows the error state naming the file', async ({ page }) => {
  await withoutShards(page);
  await page.route(`**/${articleFile}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "sana", "paragraphs": [' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('تعذّر عرض المقالات');
  await expect(alert).toContainText(`الملف ${articleFile} ليس بيانات منظّمة صالحة`);
  await expect(page.getByRole('button', { name: 'أعد المحاولة' })).toBeVisible();
});

test('a record that breaks the schema lists every problem with its field path', async ({ page }) => {
  await withoutShards(page);
  await page.route(`**/${articleFile}`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    delete record.headline;
    record.events[0].type = 'dinner';
    await route.fulfill({ response, json: record });
  });
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${articleFile} does not match the article schema (2 problems):`);
  await expect(alert.locator('.problems li > p')).toHaveText([
    'Field headline: A required field is missing; it should hold text.',
    'Field events.0.type: Not one of the allowed values.',
  ]);
  // The validator's own words, each under its problem.
  await expect(alert.locator('.problems li').first().locator('details code')).toHaveText(
    `${articleFile}: headline: Invalid input: expected string, received undefined`,
  );
  await expect(alert.locator('.problems li').nth(1).locator('details code')).toContainText(
    `${articleFile}: events.0.type: Invalid option`,
  );
});

test('a network failure is explained, and retrying recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/index.json', (route) =>
    fail ? route.abort('connectionrefused') : route.continue(),
  );
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('Could not fetch data/index.json');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.event-item')).toHaveCount(21);
});

test('a loading state is shown while the articles arrive', async ({ page }) => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/shards/*.json', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'جارٍ تحميل المقالات' })).toBeVisible();
  release();
  await expect(page.locator('.event-item')).toHaveCount(21);
});

test('article text is rendered as text, never as markup', async ({ page }) => {
  await withoutShards(page);
  await page.route(`**/${articleFile}`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    record.paragraphs[0] = '<img src=x onerror="window.__pwned=1"><b>موسكو</b>';
    await route.fulfill({ response, json: record });
  });
  await page.goto('./');
  // Two rounds of intercepted requests (the shards, then each article's file): a busy machine's pace.
  await expect(page.locator('.paragraph').first()).toHaveText(
    '<img src=x onerror="window.__pwned=1"><b>موسكو</b>',
    { timeout: 20_000 },
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.reader img')).toHaveCount(0);
});

test('the articles arrive in shards with their merged entities; the reader alone fetches its article’s own file', async ({
  page,
}) => {
  const fetched = dataRequests(page);
  await openExplorer(page, '?lang=en');
  await expect(page.locator('.event-item')).toHaveCount(21);
  await expect(page.locator('.paragraph').first()).toContainText('موسكو');
  expect(fetched.sort()).toEqual([
    articleFile,
    'data/index.json',
    'data/shards/0000.json',
    'data/shards/entities.json',
  ]);
  // Each once: the page asked for the shards while its scripts loaded (preload links, which the app's
  // fetches then used), not after the app had read the index.
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/data/shards/'))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(initiators).toEqual(['link', 'link']);
});

test('with bundled=no the page asks for no shard', async ({ page }) => {
  const fetched = dataRequests(page);
  await page.goto('./?lang=en&bundled=no');
  await expect(page.getByText('No articles are shown.')).toBeVisible();
  expect(fetched.filter((path) => path.startsWith('data/shards/'))).toEqual([]);
});

test('a shard that differs from the index is set aside and each article read from its own file', async ({
  page,
}) => {
  await page.route('**/data/shards/*.json', async (route) => {
    const response = await route.fetch();
    // One byte more than the build wrote: the hash no longer matches.
    await route.fulfill({ response, body: `${await response.text()} ` });
  });
  const articleRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(articleFile)) articleRequests.push(request.url());
  });
  await openExplorer(page, '?lang=en');
  await expect(page.locator('.event-item')).toHaveCount(21);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Once for the corpus, once for the reader's text.
  expect(articleRequests).toHaveLength(2);
});

test('a link that names an article reads the list of articles and that article’s file, no shard', async ({
  page,
}) => {
  const fetched = dataRequests(page);
  await openExplorer(page, `?lang=en&article=${SEED}`);
  await expect(page.locator('.event-item')).toHaveCount(21);
  await expect(page.locator('.paragraph').first()).toContainText('موسكو');
  // The article's own file gives its record (and the reader its text); no shard is fetched.
  expect([...new Set(fetched)].sort()).toEqual(['data/articles.json', articleFile, 'data/index.json']);
});

test('when a shard differs and the list of articles cannot be fetched either, the error names the list', async ({
  page,
}) => {
  await page.route('**/data/shards/0000.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()} ` });
  });
  await page.route('**/data/articles.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('data/articles.json');
});

test('without the merged entities file, each article is read from its own file and their entities merged', async ({
  page,
}) => {
  await page.route('**/data/shards/entities.json', (route) => route.fulfill({ status: 404, body: '' }));
  // The shard names the entities the entities file holds by id only: it cannot be read without it.
  const fetched = dataRequests(page);
  await openExplorer(page, '?lang=en&person=zarif');
  await expect.poll(() => fetched.filter((path) => path === articleFile).length).toBeGreaterThan(0);
  expect(fetched).toContain('data/articles.json');
  await expect(page.locator('.event-item')).toHaveCount(4);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The chip names him from the merged entity.
  await expect(page.getByRole('button', { name: /Remove: .*Mohammad Javad Zarif/ })).toBeVisible();
});
