import { expect, test } from '@playwright/test';

const APP_PORT = Number(process.env.RASD_E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;
const pasted = (html: string) => `${HOST}/paste?body=${Buffer.from(html).toString('base64url')}`;

test('over an embedded timeline the wheel scrolls the host page; Ctrl and the wheel zoom', async ({
  page,
}) => {
  await page.goto(
    pasted(
      `<p style="height:150px">Above</p><iframe id="e" src="${APP}/embed.html?lang=en&height=1400" title="Rasd" style="width:100%;height:1400px;border:0"></iframe><p style="height:2000px">Below</p>`,
    ),
  );
  const frame = page.frameLocator('#e');
  const plot = frame.getByRole('listbox', { name: 'Events on the timeline' });
  await expect(plot).toHaveAttribute('data-from', '2015-10-22T00:00:00.000Z');
  // The gesture code loads after the first draw; the overview's brush is drawn by it.
  await expect(frame.locator('.tl-brush .selection')).toHaveCount(1);
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(plot).toHaveAttribute('data-from', '2015-10-22T00:00:00.000Z');

  const moved = await plot.boundingBox();
  if (!moved) throw new Error('no plot');
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.move(moved.x + moved.width / 2, moved.y + 60);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect(plot).not.toHaveAttribute('data-from', '2015-10-22T00:00:00.000Z');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('over an embedded graph the wheel scrolls the host page; Ctrl and the wheel zoom', async ({ page }) => {
  await page.goto(
    pasted(
      `<p style="height:150px">Above</p><iframe id="e" src="${APP}/embed.html?lang=en&view=graph&height=1400" title="Rasd" style="width:100%;height:1400px;border:0"></iframe><p style="height:2000px">Below</p>`,
    ),
  );
  const frame = page.frameLocator('#e');
  const drawing = frame.getByRole('group', { name: /^Participant graph: / });
  await expect(frame.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
  await expect(frame.getByText('to zoom, turn the mouse wheel while holding Ctrl or ⌘')).toBeVisible();
  // The zoom is the transform of the drawing's group: read it once the layout has been fitted.
  const zoom = drawing.locator(':scope > g').first();
  await expect(zoom).not.toHaveAttribute('transform', 'translate(0,0) scale(1)');
  const fitted = await zoom.getAttribute('transform');
  const box = await drawing.boundingBox();
  if (!box) throw new Error('no graph');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(zoom).toHaveAttribute('transform', fitted as string);

  const moved = await drawing.boundingBox();
  if (!moved) throw new Error('no graph');
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect(zoom).not.toHaveAttribute('transform', fitted as string);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('in the explorer a plain wheel over the graph zooms it', async ({ page }) => {
  await page.goto('./?lang=en&view=graph');
  const drawing = page.getByRole('group', { name: /^Participant graph: / });
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
  await expect(page.getByText('use the mouse wheel or two fingers to zoom')).toBeVisible();
  const zoom = drawing.locator(':scope > g').first();
  await expect(zoom).not.toHaveAttribute('transform', 'translate(0,0) scale(1)');
  const fitted = await zoom.getAttribute('transform');
  await drawing.scrollIntoViewIfNeeded();
  const box = await drawing.boundingBox();
  if (!box) throw new Error('no graph');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect(zoom).not.toHaveAttribute('transform', fitted as string);
});
