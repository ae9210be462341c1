import { expect, type Page, test } from '@playwright/test';
import { DENSE_WINDOW, serveDenseSeed } from './dense-seed.ts';

const WINDOW = DENSE_WINDOW;
const LIGHT_ACCENT = [31, 93, 115];

test.beforeEach(async ({ page }) => {
  await serveDenseSeed(page);
});

const plot = (page: Page) =>
  page.getByRole('listbox', { name: /الأحداث على الخط الزمني|Events on the timeline/ });

/** Opens the explorer's timeline alone at `search` and waits for its marks to go to the canvas. */
async function openCanvas(page: Page, search: string) {
  await page.goto(`./?view=timeline&${WINDOW}&${search}`);
  await expect(plot(page)).toHaveAttribute('data-mode', 'canvas');
  await page.evaluate(() => document.fonts.ready);
}

/** The middle of each cluster's disc on the canvas, in page pixels, from left to right. */
async function clusterCentres(page: Page): Promise<{ x: number; y: number }[]> {
  const canvas = page.locator('.tl-canvas');
  // The decision lane is the lowest: the whole plot in view, so the pointer can reach it.
  await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const centres = await canvas.evaluate((c: HTMLCanvasElement, [r, g, b]) => {
    const ratio = c.width / c.clientWidth;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    // Pixels of the accent colour (only clusters are painted in it), grouped by column into discs.
    const columns = new Map<number, number[]>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) continue;
      const x = (i / 4) % c.width;
      const ys = columns.get(x) ?? [];
      ys.push(Math.floor(i / 4 / c.width));
      columns.set(x, ys);
    }
    const discs: { xs: number[]; ys: number[] }[] = [];
    for (const x of [...columns.keys()].sort((a, b) => a - b)) {
      const last = discs.at(-1);
      const disc = last && x - (last.xs.at(-1) as number) <= 2 ? last : { xs: [], ys: [] };
      if (disc !== last) discs.push(disc);
      disc.xs.push(x);
      disc.ys.push(...(columns.get(x) as number[]));
    }
    return discs.map(({ xs, ys }) => ({
      x: ((xs[0] as number) + (xs.at(-1) as number)) / 2 / ratio,
      y: (Math.min(...ys) + Math.max(...ys)) / 2 / ratio,
    }));
  }, LIGHT_ACCENT);
  return centres.map(({ x, y }) => ({ x: box.x + x, y: box.y + y }));
}

/** The hover card over each cluster, from left to right. */
async function cardsOverClusters(page: Page): Promise<string[][]> {
  const cards: string[][] = [];
  for (const { x, y } of await clusterCentres(page)) {
    await page.mouse.move(x, y);
    const card = page.locator('.tl-tooltip');
    await expect(card).toBeVisible();
    cards.push(await card.locator('strong, span').allInnerTexts());
  }
  return cards;
}

test('canvas clusters draw their count and tell it on hover, in English and in Arabic', async ({ page }) => {
  await openCanvas(page, 'lang=en');
  // The counts drawn, in time order: 1,000 is too wide for its disc and is left to the card.
  await expect(page.locator('.tl-canvas')).toHaveAttribute('data-cluster-counts', '2 3 11');
  expect(await cardsOverClusters(page)).toEqual([
    ['2 events close together', 'zoom in to tell them apart'],
    ['3 events close together', 'zoom in to tell them apart'],
    ['11 events close together', 'zoom in to tell them apart'],
    ['1,000 events close together', 'zoom in to tell them apart'],
  ]);

  await openCanvas(page, 'lang=ar');
  await expect(page.locator('.tl-canvas')).toHaveAttribute('data-cluster-counts', '2 3 11');
  // Right to left: the latest day first.
  expect(await cardsOverClusters(page)).toEqual([
    ['١٬٠٠٠ حدث متقارب', 'كبّر لرؤيتها'],
    ['١١ حدثًا متقاربًا', 'كبّر لرؤيتها'],
    ['٣ أحداث متقاربة', 'كبّر لرؤيتها'],
    ['حدثان متقاربان', 'كبّر لرؤيتها'],
  ]);
});

test('the keyboard reaches each event in a cluster, and its name and card give the count', async ({
  page,
}) => {
  // The last of the ten on 10 October is in the eighth row, with two others: a cluster of three.
  await openCanvas(page, 'lang=en&event=decision-2015-10-10-0009');
  await plot(page).focus();
  await expect(plot(page).getByRole('option')).toHaveText(
    /^Decision, 10 October 2015, .*, 3 events close together — zoom in to tell them apart$/,
  );
  await expect(page.locator('.tl-tooltip')).toContainText(
    '3 events close together — zoom in to tell them apart',
  );
  // The next event has a mark of its own (the first of 17 October): no count then.
  await page.keyboard.press('ArrowRight');
  await expect(plot(page).getByRole('option')).toHaveText(/^Decision, 17 October 2015, [^—]*$/);
});
