import { expect, type Page, type Route, test } from '@playwright/test';
import { firstLoadBytes } from '../scripts/first-load-bytes.mjs';

// What the first draw fetches, by the definition `npm test`'s size budget uses, and what waits for it.

const plot = (page: Page) =>
  page.getByRole('listbox', { name: /الأحداث على الخط الزمني|Events on the timeline/ });

/** Chunks that must not be requested before the timeline's first frame is presented. */
const LATER =
  /gesture-behaviours|d3-zoom|schemas|validate-article|article-schema|participant-graph|edge-geometry|event-details|word-index/;

for (const path of ['./?lang=en', './embed.html?lang=en']) {
  test(`${path}: no gesture, schema, validator or graph code before the first presented frame`, async ({
    page,
    baseURL,
  }) => {
    const load = await firstLoadBytes(page, new URL(path, baseURL).href);
    const marks = await page.evaluate(() =>
      ['rasd:events-drawn', 'rasd:events-presented'].map((name) => performance.getEntriesByName(name).length),
    );
    // Each mark once; the frame is presented after the layout effect that drew it.
    expect(marks).toEqual([1, 1]);
    const drawn = await page.evaluate(() => performance.getEntriesByName('rasd:events-drawn')[0]?.startTime);
    expect(load.presentedAtMs).toBeGreaterThanOrEqual(drawn ?? Number.POSITIVE_INFINITY);
    const early = load.files.filter((f) => LATER.test(f.url)).map((f) => f.url);
    expect(early).toEqual([]);
    // The timeline's own code was in the first load, and is counted.
    expect(load.files.some((f) => f.kind === 'js' && /\/timeline-[\w-]+\.js$/.test(f.url))).toBe(true);
    expect(load.jsCssGzip).toBe(
      load.files.filter((f) => f.kind === 'js' || f.kind === 'css').reduce((sum, f) => sum + f.gzipBytes, 0),
    );
  });
}

test('the gesture code arrives after the first frame; a wheel notch before it zooms about the pointer', async ({
  page,
}) => {
  const held: Route[] = [];
  await page.route('**/assets/gesture-behaviours-*.js', (route) => {
    held.push(route);
  });
  await page.goto('./?lang=en');
  await expect(page.locator('.tl-mark').first()).toBeVisible();
  await expect.poll(() => held.length).toBe(1);
  // Without the gesture code the brush is not drawn yet; the wheel still zooms.
  await expect(page.locator('.tl-brush .selection')).toHaveCount(0);
  const before = {
    from: Date.parse((await plot(page).getAttribute('data-from')) ?? ''),
    to: Date.parse((await plot(page).getAttribute('data-to')) ?? ''),
  };
  expect(before.to - before.from).toBe(7 * 86_400_000);
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.mouse.wheel(0, 400);
  await expect(page).toHaveURL(/window=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  const after = {
    from: Date.parse((await plot(page).getAttribute('data-from')) ?? ''),
    to: Date.parse((await plot(page).getAttribute('data-to')) ?? ''),
  };
  // d3-zoom's wheel step: 400 pixels out is a factor of 2^0.8 on the span.
  expect((after.to - after.from) / (before.to - before.from)).toBeCloseTo(2 ** 0.8, 6);
  expect(after.from).toBeLessThan(before.from);
  expect(after.to).toBeGreaterThan(before.to);

  await held[0]?.continue();
  await expect(page.locator('.tl-brush .selection')).toHaveCount(1);
});
