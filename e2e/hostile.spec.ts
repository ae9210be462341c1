import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { crowdedRecord, inventedCopy, overrideRecord } from '../src/test/hostile-records.ts';
import { SEED } from './helpers.ts';
import { type RecordServers, startRecordServers } from './hostile-server.ts';

/** The seed with `count` events whose type is not in the vocabulary: one problem each. */
function manyProblems(count: number) {
  const record = crowdedRecord(count, 2, 'invented-many-problems');
  for (const event of record.events as { type: string }[]) event.type = 'dinner';
  return record;
}

const listed = (page: Page) => page.locator('.event-list .event-item');
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

/** Every uncaught error of the page, to assert there was none. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** How many pixels wider than the window the page is (0: it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('links', () => {
  for (const [search, notice] of [
    ['?__proto__=1', '__proto__=1'],
    ['?hasOwnProperty=1', 'hasOwnProperty=1'],
    ['?constructor=1', 'constructor=1'],
    ['?lang=en&valueOf=1', 'valueOf=1'],
    ['?toString=x&__defineGetter__=y', '__defineGetter__=y'],
  ]) {
    test(`${search} is reported as an unknown parameter, and the explorer works`, async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto(`./${search}`);
      await expect(listed(page)).toHaveCount(21);
      await expect(page.locator('.notice').filter({ hasText: notice })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('an embed with ?__proto__= still draws its timeline', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('./embed.html?__proto__=x&constructor=y&lang=en');
    await expect(page.getByText('21 of 21 events')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('embed.js sizes a frame only from a plain message whose height is a finite number', async ({ page }) => {
  const app = `http://127.0.0.1:${Number(process.env.RASD_E2E_PORT ?? 4173)}`;
  const host = `http://127.0.0.1:${Number(process.env.RASD_E2E_PORT ?? 4173) + 1}`;
  const html = `<script src="${app}/embed.js" async></script><iframe id="e" src="${app}/embed.html?lang=en" title="Rasd" style="width:100%;height:300px"></iframe>`;
  await page.goto(`${host}/paste?body=${Buffer.from(html).toString('base64url')}`);
  await expect(page.locator('#e')).toHaveAttribute('data-rasd-sized', 'true');
  const frame = page.frames().find((f) => f.url().includes('/embed.html')) ?? page.mainFrame();
  const height = () => page.locator('#e').evaluate((e) => (e as HTMLElement).style.height);
  await expect(page.frameLocator('#e').getByText('21 of 21 events')).toBeVisible();
  const content = () =>
    frame.evaluate(() => `${Math.ceil(document.documentElement.getBoundingClientRect().height)}px`);
  await expect.poll(async () => (await height()) === (await content())).toBe(true);
  const settled = await height();
  // From Rasd's own origin, each of these has the type and version but not a usable height.
  await frame.evaluate(() => {
    const base = { type: 'rasd:embed-height', version: 1 };
    for (const message of [
      { ...base, height: '901' },
      { ...base, height: Number.NaN },
      { ...base, height: Number.POSITIVE_INFINITY },
      { ...base, height: [902] },
      { ...base, height: { valueOf: 903 } },
      { ...base, version: '1', height: 904 },
      [base.type, 1, 905],
      'rasd:embed-height',
      null,
    ]) {
      parent.postMessage(message, '*');
    }
  });
  await page.waitForTimeout(300);
  expect(await height()).toBe(settled);
  await frame.evaluate(() => parent.postMessage({ type: 'rasd:embed-height', version: 1, height: 777 }, '*'));
  await expect.poll(height).toBe('777px');
});

test('bad files are named with their field; the good ones beside them are shown', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('./?lang=en');
  await expect(listed(page)).toHaveCount(21);
  const utf16 = Buffer.from(`\uFEFF${JSON.stringify(inventedCopy('invented-utf16'))}`, 'utf16le');
  await page
    .getByLabel('Open article files…')
    .setInputFiles([
      file('utf16.json', utf16),
      file('crowd.json', json(crowdedRecord(1, 60))),
      file('\u202Egnp.json', Buffer.from('{"id": ')),
      file('wire.json', readFileSync('e2e/fixtures/invented-test-wire.json')),
      file('many.json', json(manyProblems(60))),
    ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('2 loaded, 4 rejected:');
  await expect(
    alert.locator('.problems li').filter({ hasText: /many\.json: events\.\d+\.type/ }),
  ).toHaveCount(50);
  await expect(alert).toContainText('and 10 more problems (rasd validate lists them all)');
  await expect(alert).toContainText('utf16.json is not UTF-8 text (it looks like UTF-16).');
  await expect(alert).toContainText('crowd.json: events.0.participants: at most 50 participants');
  // The file name with a right-to-left override is isolated, so the words after it keep their order.
  await expect(alert.locator('bdi').filter({ hasText: '\u202Egnp.json' }).first()).toBeVisible();
  await expect(listed(page)).toHaveCount(22);
  await expect(page.locator('.provenance')).toContainText('from your file');
  expect(errors).toEqual([]);
});

test('an override in a name does not reverse the page around it, and long names wrap', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto('./?lang=en&bundled=no');
  await page.getByLabel('Open article files…').setInputFiles([file('override.json', json(overrideRecord()))]);
  await expect(listed(page)).toHaveCount(21);
  const title = page.locator('.event-title').filter({ hasText: 'Reversed title' });
  // The title's override is closed at its end: the text that follows it in the item is not inside it.
  expect(await title.evaluate((e) => e.textContent)).toBe('\u202EReversed title\u202C');
  expect(await overflow(page)).toBe(0);
});

test('a 5,000-character file name and 3,000-character addresses wrap instead of widening the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  const errors = pageErrors(page);
  const long = `https://records.example/${'س'.repeat(900)}${'a'.repeat(1000)}.json`;
  await page.route('https://records.example/**', (route) => route.abort('failed'));
  await page.goto(`./?lang=en&src=${encodeURIComponent(long)}&${'x'.repeat(3000)}=${'y'.repeat(3000)}`);
  await expect(listed(page)).toHaveCount(21);
  const name = `${'ن'.repeat(2500)}${'n'.repeat(2495)}.json`;
  await page.getByLabel('Open article files…').setInputFiles([file(name, Buffer.from('{"id": '))]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${name} is not valid JSON`);
  await expect(alert).toContainText('does not allow other sites to read this file (CORS');
  await expect(page.locator('.notice').filter({ hasText: 'x'.repeat(99) })).toBeVisible();
  expect(await overflow(page)).toBe(0);
  expect(errors).toEqual([]);
});

test.describe('remote records', () => {
  test.use({ ignoreHTTPSErrors: true });
  let servers: RecordServers;
  test.beforeAll(async () => {
    const wire = readFileSync('e2e/fixtures/invented-test-wire.json', 'utf8');
    const seed = JSON.stringify(inventedCopy(SEED));
    servers = await startRecordServers({ '/record.json': wire, '/seed.json': seed });
  });
  test.afterAll(async () => servers?.close());

  test('a source that never answers, stalls or drips times out with a message; the bundle shows at once', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = pageErrors(page);
    const s = servers.https;
    await page.goto(`./?lang=en&src=${s}/never.json&src=${s}/stall.json&src=${s}/drip.json`);
    // Well before the 20 s a source is waited for (a loaded machine can take seconds to draw).
    await expect(listed(page)).toHaveCount(21, { timeout: 15_000 });
    await expect(
      page.getByText('Still fetching 3 records from links; the other articles are shown meanwhile.'),
    ).toBeVisible();
    const alert = page.getByRole('alert');
    for (const name of ['never', 'stall', 'drip']) {
      await expect(alert).toContainText(
        `${s}/${name}.json did not arrive in full within 20 seconds; gave up waiting.`,
        {
          timeout: 30_000,
        },
      );
    }
    await expect(page.getByText(/Still fetching/)).toHaveCount(0);
    await expect(listed(page)).toHaveCount(21);
    expect(errors).toEqual([]);
  });

  test('a redirect loop is named, an https address that redirects to http is refused, a replaced article says by whom', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    const s = servers.https;
    await page.goto(`./?lang=en&src=${s}/loop.json&src=${s}/to-http.json&src=${s}/seed.json`);
    await expect(listed(page)).toHaveCount(21, { timeout: 15_000 });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${s}/loop.json redirects without end (a redirect loop)`);
    await expect(alert).toContainText(
      `${s}/to-http.json redirected to ${servers.http}/record.json; only https:// addresses and this site's own are loaded.`,
    );
    const host = new URL(s).host;
    await expect(page.locator('.provenance')).toContainText(
      `from a link to ${host} — replaces the bundled article with the same id: replaced by a file from ${host}`,
    );
    await expect(listed(page)).toHaveCount(21);
    expect(errors).toEqual([]);
  });
});
