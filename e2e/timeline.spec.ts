import { expect, type Page, test } from '@playwright/test';
import { openExplorer, withoutShards } from './helpers.ts';

const plot = (page: Page) =>
  page.getByRole('listbox', { name: /الأحداث على الخط الزمني|Events on the timeline/ });
const mark = (page: Page, id: string) => page.locator(`.tl-mark[data-event-id="${id}"]`);
const centreX = async (page: Page, id: string) => {
  const box = await mark(page, id).locator('path').first().boundingBox();
  return box ? box.x + box.width / 2 : Number.NaN;
};
const windowOf = async (page: Page) => ({
  from: await plot(page).getAttribute('data-from'),
  to: await plot(page).getAttribute('data-to'),
});

test('opens on the dense week, time running right-to-left in Arabic and left-to-right in English', async ({
  page,
}) => {
  await openExplorer(page);
  expect(await windowOf(page)).toEqual({ from: '2015-10-22T00:00:00.000Z', to: '2015-10-29T00:00:00.000Z' });
  await expect(
    page.getByText('النافذة المعروضة: من ٢٢ تشرين الأول ٢٠١٥ إلى ٢٨ تشرين الأول ٢٠١٥'),
  ).toBeVisible();
  const vienna = await centreX(page, 'vienna-quartet');
  const lastCall = await centreX(page, 'lavrov-kerry-call-3');
  expect(vienna).toBeGreaterThan(lastCall + 300);

  await openExplorer(page, '?lang=en');
  expect(await centreX(page, 'vienna-quartet')).toBeLessThan(
    (await centreX(page, 'lavrov-kerry-call-3')) - 300,
  );
  await expect(page.getByText('Window shown: 22 October 2015 to 28 October 2015')).toBeVisible();
});

test('the overview spans the outliers, from 2012 to 2016, with the events drawn', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const overview = page.locator('.tl-overview');
  await expect(overview.locator('text', { hasText: '2013' })).toHaveCount(1);
  // One column (a closed subpath) per pixel column that holds events.
  await expect(overview.locator('.tl-ov-bins')).toHaveAttribute('d', /^(M[^z]+z){3,}$/);
});

/** What the filters keep, as the filter bar counts it, and the date filter in the URL. */
const filtered = async (page: Page) => ({
  count: await page.locator('.filter-status .count').textContent(),
  from: new URL(page.url()).searchParams.get('from'),
  to: new URL(page.url()).searchParams.get('to'),
});

test('the wheel zooms and a drag pans: the window moves, and only `window` in the URL', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const before = await filtered(page);
  expect(before).toEqual({ count: '21 of 21 events', from: null, to: null });
  const entries = await page.evaluate(() => history.length);
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.mouse.wheel(0, 400);
  await expect(page).toHaveURL(/window=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  const zoomed = await windowOf(page);
  const span = (w: { from: string | null; to: string | null }) =>
    Date.parse(w.to ?? '') - Date.parse(w.from ?? '');
  expect(span(zoomed)).toBeGreaterThan(7 * 86_400_000);
  expect(await filtered(page)).toEqual(before);

  // A drag pans with the gesture code, which arrives after the first frame (it also draws the brush).
  await expect(page.locator('.tl-brush .selection')).toHaveCount(1);
  await page.mouse.move(box.x + 300, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, box.y + 130, { steps: 8 });
  await page.mouse.up();
  const panned = await windowOf(page);
  // Dragging to the right in English brings earlier time into view: the window moves back.
  expect(Date.parse(panned.from ?? '')).toBeLessThan(Date.parse(zoomed.from ?? ''));
  expect(span(panned)).toBeCloseTo(span(zoomed), -4);
  expect(await filtered(page)).toEqual(before);
  await expect(page.locator('.event-item')).toHaveCount(21);
  // The window is written in place: looking around adds nothing for Back to walk through.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('looking never filters: a click on empty time, the buttons and Reset leave from/to and the count', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&person=lavrov');
  const before = await filtered(page);
  expect(before).toEqual({ count: '13 of 21 events', from: null, to: null });
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('no plot');
  // Below the last lane: no mark there, a plain click on the plot.
  await page.mouse.click(box.x + 40, box.y + box.height - 4);
  expect(await filtered(page)).toEqual(before);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  for (const name of ['Zoom in', 'Zoom out', 'Zoom out', 'Zoom out', 'Fit to results', 'Reset']) {
    await timeline.getByRole('button', { name }).click();
    expect(await filtered(page)).toEqual(before);
  }
  await expect(page.locator('.event-item')).toHaveCount(13);
  // Lavrov's dense days: from the Vienna quartet on 23 October.
  expect(await windowOf(page)).toEqual({ from: '2015-10-23T00:00:00.000Z', to: '2015-10-29T00:00:00.000Z' });
});

test('the zoom buttons halve and double the window; reset returns to the dense week', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  expect(await windowOf(page)).toEqual({ from: '2015-10-23T18:00:00.000Z', to: '2015-10-27T06:00:00.000Z' });
  await timeline.getByRole('button', { name: 'Zoom out' }).click();
  await timeline.getByRole('button', { name: 'Zoom out' }).click();
  expect(await windowOf(page)).toEqual({ from: '2015-10-18T12:00:00.000Z', to: '2015-11-01T12:00:00.000Z' });
  await expect(page).toHaveURL(/window=2015-10-18\.\.2015-11-01/);
  await timeline.getByRole('button', { name: 'Reset' }).click();
  expect(await windowOf(page)).toEqual({ from: '2015-10-22T00:00:00.000Z', to: '2015-10-29T00:00:00.000Z' });
});

test('fit to results zooms to what the filters keep, inside the date filter', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Fit to results' }).click();
  // 27 October 2012 (the Geneva communiqué) to 1 January 2016 (the planned visit), padded by 3%.
  expect(await windowOf(page)).toEqual({ from: '2012-09-22T00:00:00.000Z', to: '2016-02-05T00:00:00.000Z' });
  await expect(page).toHaveURL(/\?window=2012-09-22\.\.2016-02-04&lang=en$/);

  await openExplorer(page, '?lang=en&type=decision,planned-visit&window=2015-10-25..2015-10-26');
  expect(await windowOf(page)).toEqual({ from: '2015-10-25T00:00:00.000Z', to: '2015-10-27T00:00:00.000Z' });
  await timeline.getByRole('button', { name: 'Fit to results' }).click();
  // 30 September (the Federation Council) to 1 January (the visit's end), 93 days, ± 2.8 days.
  expect(await windowOf(page)).toEqual({ from: '2015-09-27T00:00:00.000Z', to: '2016-01-04T00:00:00.000Z' });
  await expect(page.locator('.filter-status .count')).toHaveText('2 of 21 events');
});

test('brushing the overview moves the main window, and filters nothing', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  // The brush is drawn by the gesture code, which arrives after the first frame.
  await expect(page.locator('.tl-brush .selection')).toHaveCount(1);
  await page.locator('.tl-overview').scrollIntoViewIfNeeded();
  const overview = await page.locator('.tl-overview').boundingBox();
  if (!overview) throw new Error('no overview');
  // Brush the middle half of the overview (roughly 2013 to 2015).
  await page.mouse.move(overview.x + overview.width * 0.25, overview.y + 20);
  await page.mouse.down();
  await page.mouse.move(overview.x + overview.width * 0.6, overview.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/window=201[34]-/);
  const { from, to } = await windowOf(page);
  expect(Date.parse(to ?? '') - Date.parse(from ?? '')).toBeGreaterThan(300 * 86_400_000);
  expect(await filtered(page)).toEqual({ count: '21 of 21 events', from: null, to: null });
});

test('the keyboard walks events in time order following the reading direction', async ({ page }) => {
  await openExplorer(page);
  await plot(page).focus();
  const option = plot(page).getByRole('option');
  await expect(option).toHaveText(/^بيان، قبل ٢٦ تشرين الأول ٢٠١٢/);
  await page.keyboard.press('ArrowLeft');
  await expect(option).toHaveText(/^قرار، ٣٠ أيلول ٢٠١٥/);
  await page.keyboard.press('ArrowLeft');
  await expect(option).toHaveText(/^لقاء، ٢٣ تشرين الأول ٢٠١٥، سيرغي لافروف/);
  await page.keyboard.press('ArrowRight');
  await expect(option).toHaveText(/^قرار/);
  await page.keyboard.press('End');
  await expect(option).toHaveText(/^زيارة مرتقبة/);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=vienna-quartet/);
  await expect(page.locator('.details h3')).toHaveText('الاجتماع الرباعي في فيينا');
  await expect(page.locator('a.evidence[data-selected="true"]').first()).toContainText(
    'الاجتماع الرباعي في فيينا',
  );

  await openExplorer(page, '?lang=en');
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(plot(page).getByRole('option')).toHaveText(/^Decision, 30 September 2015/);
});

test('clicking a mark selects its event; Escape clears', async ({ page }) => {
  await openExplorer(page);
  await mark(page, 'putin-salman-call').locator('path').first().click();
  await expect(page).toHaveURL(/event=putin-salman-call/);
  await expect(page.locator('a.evidence[data-selected="true"]')).toHaveText(
    'الاتصال الهاتفي الذي جرى أمس بين الرئيس الروسي فلاديمير بوتين وملك السعودية سلمان بن عبد العزيز',
  );
  await expect(mark(page, 'putin-salman-call')).toHaveAttribute('data-state', 'selected');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
});

test('a shared link restores the window, the lanes and the selection', async ({ page }) => {
  await openExplorer(page, '?window=2015-10-25..2015-10-26&lanes=person&event=lavrov-kerry-call-2&lang=en');
  await expect(page.locator('.filter-status .count')).toHaveText('21 of 21 events');
  expect(await windowOf(page)).toEqual({ from: '2015-10-25T00:00:00.000Z', to: '2015-10-27T00:00:00.000Z' });
  await expect(page.getByRole('button', { name: 'By participant' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.tl-gutter')).toContainText('Lavrov');
  await expect(mark(page, 'lavrov-kerry-call-2')).toHaveAttribute('data-state', 'selected');
  await expect(page.locator('.details h3')).toHaveText('Lavrov–Kerry phone call (yesterday)');
});

test('inferred, outside-sourced and planned dates look different from stated ones', async ({ page }) => {
  await openExplorer(page);
  const fill = (id: string) => mark(page, id).locator('path').first().getAttribute('fill-opacity');
  expect(await fill('lavrov-kerry-call-2')).toBe('1');
  expect(await fill('lavrov-kerry-call-1')).toBe('0.35');
  expect(await mark(page, 'paris-meeting').locator('path').first().getAttribute('stroke-dasharray')).toMatch(
    /^0\.857/,
  );
  await expect(mark(page, 'lavrov-kerry-call-1').locator('.tl-outside circle')).toHaveCount(1);
  await expect(mark(page, 'salman-moscow-visit').locator('rect').first()).toHaveAttribute(
    'stroke-dasharray',
    '6 3',
  );
});

test('zooms from the week down to hours, with hour ticks', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await plot(page).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  const { from, to } = await windowOf(page);
  expect(Date.parse(to ?? '') - Date.parse(from ?? '')).toBeLessThan(6 * 3_600_000);
  await expect(
    page
      .locator('.tl-tick text')
      .filter({ hasText: /^\d\d:00$/ })
      .first(),
  ).toBeVisible();
});

test('an event with no resolvable date waits in the undated tray and can be selected', async ({ page }) => {
  await withoutShards(page);
  await page.route('**/data/articles/*.json', async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const paris = record.events.find((e: { id: string }) => e.id === 'paris-meeting');
    Object.assign(paris.when, {
      start: null,
      end: null,
      precision: 'unknown',
      certainty: 'stated',
      relativeTo: { kind: 'absolute' },
    });
    await route.fulfill({ response, json: record });
  });
  await openExplorer(page, '?lang=en');
  const tray = page.getByRole('region', { name: 'Undated events' });
  await expect(tray).toContainText('Undated events (1)');
  await expect(mark(page, 'paris-meeting')).toHaveCount(0);
  await tray.getByRole('button', { name: 'Paris meeting on Syria (Russia not invited)' }).click();
  await expect(page).toHaveURL(/event=paris-meeting/);
  await expect(page.locator('.details')).toContainText('date unknown');
});

/** The boxes of every drawn label, and of every glyph, in page pixels. */
const boxesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        id: e.closest('[data-event-id]')?.getAttribute('data-event-id'),
        x0: r.left,
        x1: r.right,
        y0: r.top,
        y1: r.bottom,
      };
    }),
  );
type Box = { id: string | null | undefined; x0: number; x1: number; y0: number; y1: number };
const cross = (a: Box, b: Box) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;

for (const lang of ['ar', 'en']) {
  test(`at 1300 px the Vienna quartet is labelled, and no label crosses another or a glyph (${lang})`, async ({
    page,
  }) => {
    await openExplorer(page, `?lang=${lang}`);
    const vienna = page.locator('.tl-label-group[data-event-id="vienna-quartet"] text');
    await expect(vienna).toBeVisible();
    await expect(vienna).toHaveText(lang === 'ar' ? /لافروف/ : /Lavrov/);
    const labels = await boxesOf(page, '.tl-label');
    const glyphs = await boxesOf(page, '.tl-mark > g > path');
    expect(labels.length).toBeGreaterThanOrEqual(12);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(cross(a, b), `${a.id} over ${b.id}`).toBe(false);
      for (const g of glyphs)
        if (g.id !== a.id) expect(cross(a, g), `${a.id} over the mark of ${g.id}`).toBe(false);
    }
  });
}

const labelled = (page: Page) =>
  page.locator('.tl-label-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-event-id')));

test('at 1300 px in English every event of the dense week is labelled, stacked where rows are crowded', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  await expect(page.locator('.tl-label')).toHaveCount(14);
  expect(await labelled(page)).toEqual([
    'vienna-quartet',
    'lavrov-zarif-vienna-meeting',
    'lavrov-kerry-call-1',
    'lavrov-zarif-call-day-before',
    'lavrov-kerry-call-2',
    'lavrov-zarif-call-yesterday',
    'putin-salman-call',
    'lavrov-kerry-call-3',
    'lavrov-makei-press-conference',
    'lavrov-makei-talks',
    'lavrov-zarif-call-today',
    'paris-meeting',
    'peskov-statements',
    'russia-belarus-agreements',
  ]);
});

test('lanes by participant label their events with what happened, in a lane with room', async ({ page }) => {
  await openExplorer(page, '?lang=en&lanes=person');
  await expect(page.locator('.tl-label-group[data-event-id="vienna-quartet"] text')).toHaveText(
    'Quartet meeting in Vienna',
  );
  expect(await labelled(page)).toEqual([
    'vienna-quartet',
    'putin-salman-call',
    'lavrov-makei-talks',
    'peskov-statements',
  ]);
  await openExplorer(page, '?lanes=person');
  expect(await labelled(page)).toEqual(PERSON_LANES_AR);
});

/** The events labelled in Arabic lanes by participant at 1300 px, in the font the page uses. */
const PERSON_LANES_AR = [
  'vienna-quartet',
  'lavrov-zarif-call-day-before',
  'putin-salman-call',
  'lavrov-makei-press-conference',
  'lavrov-makei-talks',
  'lavrov-zarif-call-today',
  'paris-meeting',
  'peskov-statements',
  'russia-belarus-agreements',
];

test('labels are placed again when the Arabic font arrives after the first draw', async ({ page }) => {
  // A slow machine or network: the timeline draws in a fallback font, which is wider than Noto Naskh.
  // The fonts are held back until the explorer has drawn.
  let release = () => {};
  const drawn = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/*.woff2', async (route) => {
    await drawn;
    await route.continue();
  });
  await openExplorer(page, '?lanes=person', { fonts: false });
  expect(await page.evaluate(() => document.fonts.check('13px "Noto Naskh Arabic"', 'لافروف'))).toBe(false);
  release();
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => labelled(page)).toEqual(PERSON_LANES_AR);
});

const WINDOWS = [
  '2015-10-11..2015-11-07',
  '2015-10-20..2015-11-03',
  '2015-10-28..2015-10-29',
  '2015-10-29..2015-10-29',
  '2015-09-01..2015-12-31',
  '2012-01-01..2016-12-31',
];

for (const lang of ['ar', 'en']) {
  test(`axis labels never overlap, at every window of a list (${lang})`, async ({ page }) => {
    for (const window of WINDOWS) {
      await openExplorer(page, `?lang=${lang}&window=${window}`);
      const boxes = (await boxesOf(page, '.tl-tick text')).sort((a, b) => a.x0 - b.x0);
      expect(boxes.length, window).toBeGreaterThanOrEqual(2);
      for (const [i, box] of boxes.entries()) {
        if (i > 0) expect((boxes[i - 1] as Box).x1, `${window}: label ${i}`).toBeLessThanOrEqual(box.x0);
      }
    }
  });
}

test('a click beside the overview brush moves the window there, its length kept; the brush stays grabbable', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  // The brush is drawn by the gesture code, which arrives after the first frame.
  await expect(page.locator('.tl-brush .selection')).toHaveCount(1);
  await page.locator('.tl-overview').scrollIntoViewIfNeeded();
  const selection = page.locator('.tl-brush .selection');
  await expect(selection).toHaveCount(1);
  expect(Number(await selection.getAttribute('width'))).toBeGreaterThanOrEqual(12);
  const overview = await page.locator('.tl-overview').boundingBox();
  if (!overview) throw new Error('no overview');
  await page.mouse.click(overview.x + overview.width * 0.3, overview.y + 20);
  await expect(page).toHaveURL(/window=201[34]-/);
  const { from, to } = await windowOf(page);
  expect(Date.parse(to ?? '') - Date.parse(from ?? '')).toBe(7 * 86_400_000);
  await expect(selection).toBeVisible();
  expect(Number(await selection.getAttribute('width'))).toBeGreaterThanOrEqual(12);
  expect(await filtered(page)).toEqual({ count: '21 of 21 events', from: null, to: null });

  // A week of four years is a sliver: dragged by its middle, it still moves the window, length kept.
  const sliver = await selection.boundingBox();
  if (!sliver) throw new Error('no brush');
  await page.mouse.move(sliver.x + sliver.width / 2, sliver.y + sliver.height / 2);
  await page.mouse.down();
  await page.mouse.move(sliver.x + sliver.width / 2 + overview.width * 0.2, sliver.y + sliver.height / 2, {
    steps: 6,
  });
  await page.mouse.up();
  const dragged = await windowOf(page);
  expect(Date.parse(dragged.from ?? '')).toBeGreaterThan(Date.parse(from ?? '') + 180 * 86_400_000);
  expect(Date.parse(dragged.to ?? '') - Date.parse(dragged.from ?? '')).toBe(7 * 86_400_000);
  expect(await filtered(page)).toEqual({ count: '21 of 21 events', from: null, to: null });
});
