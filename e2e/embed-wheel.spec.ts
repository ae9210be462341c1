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
