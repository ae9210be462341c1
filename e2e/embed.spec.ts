import { expect, type FrameLocator, type Page, test } from '@playwright/test';
import { axeViolations, openExplorer } from './helpers.ts';

const APP_PORT = Number(process.env.RASD_E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;

/** A page on the host origin made of the given HTML, as an editor would paste it. */
const pasted = (html: string) => `${HOST}/paste?body=${Buffer.from(html).toString('base64url')}`;
const frameHeight = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
const contentHeight = (frame: FrameLocator) =>
  frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

test('the host page, on another origin, shows each embed with the filters of its URL', async ({ page }) => {
  await page.goto(`${HOST}/embed-host.html`);
  const calls = page.frameLocator('#lavrov-calls');
  await expect(calls.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(calls.getByText('٦ من ٢١ حدثًا')).toBeVisible();
  await expect(calls.locator('.tl-mark')).toHaveCount(6);
  await expect(calls.locator('.tl-plot')).toHaveAttribute('data-from', '2015-10-24T00:00:00.000Z');

  await page.locator('#zarif-contacts').scrollIntoViewIfNeeded();
  const zarif = page.frameLocator('#zarif-contacts');
  await expect(zarif.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(zarif.getByText('4 of 21 events')).toBeVisible();
  const overflow = await zarif.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the host script sizes each iframe to its content, and again after a change inside', async ({
  page,
}) => {
  await page.goto(`${HOST}/embed-host.html`);
  const calls = page.frameLocator('#lavrov-calls');
  await expect(calls.locator('.tl-mark').first()).toBeVisible();
  await expect(page.locator('#lavrov-calls')).toHaveAttribute('data-rasd-sized', 'true');
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 'lavrov-calls')) - (await contentHeight(calls))))
    .toBeLessThanOrEqual(1);
  const before = await frameHeight(page, 'lavrov-calls');

  await calls.locator('.tl-mark[data-event-id="putin-salman-call"]').count();
  await calls.locator('.tl-mark[data-event-id="lavrov-kerry-call-2"] path').first().click();
  await expect(calls.locator('.embed-selected h2')).toHaveText('اتصال هاتفي بين لافروف وكيري (أمس)');
  await expect.poll(() => frameHeight(page, 'lavrov-calls')).toBeGreaterThan(before + 50);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 'lavrov-calls')) - (await contentHeight(calls))))
    .toBeLessThanOrEqual(1);
});

test('two embeds on one page stay independent', async ({ page }) => {
  await page.goto(`${HOST}/embed-host.html`);
  await page.locator('#zarif-contacts').scrollIntoViewIfNeeded();
  const calls = page.frameLocator('#lavrov-calls');
  const zarif = page.frameLocator('#zarif-contacts');
  await calls.locator('.tl-mark[data-event-id="putin-salman-call"]').count();
  await calls.locator('.tl-mark[data-event-id="lavrov-kerry-call-2"] path').first().click();
  await expect(calls.locator('.embed-selected')).toBeVisible();
  await expect(zarif.locator('.embed-selected')).toHaveCount(0);
  await expect(zarif.getByText('4 of 21 events')).toBeVisible();
  // Nothing inside an embed changes the host's address or history.
  expect(page.url()).toBe(`${HOST}/embed-host.html`);
  await expect(page.locator('#lavrov-calls')).toHaveAttribute('src', /person=lavrov&type=phone-call/);
});

test('a height message from any other origin is ignored', async ({ page }) => {
  await page.goto(`${HOST}/embed-host.html`);
  await expect(page.locator('#lavrov-calls')).toHaveAttribute('data-rasd-sized', 'true');
  const calls = page.frameLocator('#lavrov-calls');
  // The host page itself posts a well-formed height message: its origin is not Rasd's.
  await page.evaluate(() => {
    window.postMessage({ type: 'rasd:embed-height', version: 1, height: 3000 }, '*');
  });
  await page.waitForTimeout(300);
  expect(await frameHeight(page, 'lavrov-calls')).not.toBe(3000);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 'lavrov-calls')) - (await contentHeight(calls))))
    .toBeLessThanOrEqual(1);
});

test('without the host script an embed keeps its fixed height and works', async ({ page }) => {
  await page.goto(
    pasted(
      `<div dir="rtl"><iframe id="e" src="${APP}/embed.html?person=zarif&height=400" title="Rasd" style="width:100%;height:400px;border:0"></iframe></div>`,
    ),
  );
  const frame = page.frameLocator('#e');
  await expect(frame.getByText('٤ من ٢١ حدثًا')).toBeVisible();
  expect(await frameHeight(page, 'e')).toBe(400);
});

test('the snippet copied from the Embed dialog shows the same view in a host page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await openExplorer(page, '?lang=en&person=lavrov,kerry&mode=all');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in your page' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('button', { name: 'Copy the snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The snippet is copied.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain('title="Rasd: a timeline of 4 diplomatic events"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain(
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
  );
  expect(snippet).toContain(`<script src="${APP}/embed.js" async></script>`);
  await expect(dialog.frameLocator('.embed-preview').getByText('4 of 21 events')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/person=lavrov,kerry&mode=all/);
  // Focus is back on the button, and the dialog opens again from the keyboard.
  await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.goto(pasted(snippet));
  const embedded = page.frameLocator('iframe');
  await expect(embedded.getByText('4 of 21 events')).toBeVisible();
  await expect(embedded.locator('.tl-mark')).toHaveCount(4);
  await expect(embedded.locator('.embed')).toHaveAttribute('data-theme', 'dark');
  const open = embedded.getByRole('link', { name: 'Open in Rasd ↗' });
  // The explorer opens with every view, the embed's filters and language kept.
  await expect(open).toHaveAttribute('href', `${APP}/?person=lavrov,kerry&mode=all&lang=en`);
});

test('axe finds no violation of any impact in the embed, light or dark', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.goto(`${APP}/embed.html?person=lavrov&view=timeline,graph&theme=${theme}`);
    await expect(page.locator('.tl-mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('if the Embed dialog cannot be fetched, the explorer says so, stays usable, and can try again', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  await page.route('**/assets/embed-dialog-body-*.js', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Could not load the Embed dialog.');
  await expect(page.locator('.event-item')).toHaveCount(21);
  await page.unroute('**/assets/embed-dialog-body-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this view in your page' })).toBeVisible();
});

test('a fault no part of the embed catches shows a notice in its frame, not a blank one, and Try again draws it', async ({
  page,
}) => {
  // A fault inside the app's drawing, made for this test: the browser's plural rules throw once the
  // page's modules run, until the reader reloads.
  await page.addInitScript(() => {
    const select = Intl.PluralRules.prototype.select;
    Intl.PluralRules.prototype.select = function (this: Intl.PluralRules, n: number) {
      if (document.readyState !== 'loading' && !sessionStorage.getItem('mended'))
        throw new Error('a fault in Rasd, made by the test');
      return select.call(this, n);
    };
  });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${APP}/embed.html?person=lavrov&view=timeline,list`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('تعذّر عرض المقالات');
  expect(errors.some((e) => e.includes('Rasd failed'))).toBe(true);
  await page.evaluate(() => sessionStorage.setItem('mended', 'yes'));
  await notice.getByRole('button', { name: 'أعد المحاولة' }).click();
  await expect(page.locator('.tl-mark').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
