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

test('a plot taller than the screen has its marks painted wherever the page is scrolled to', async ({
  page,
}) => {
  // A phone, and a lane per person: the plot (~900 px) is taller than the screen and starts below it.
  await page.setViewportSize({ width: 360, height: 560 });
  await openCanvas(page, 'lang=en&lanes=person');
  /** Painted pixels of the canvas in the rows of the lane named `name` that are on screen, and those rows. */
  const inkInLane = (name: string) =>
    page.evaluate((name) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.tl-canvas');
      const lane = [...document.querySelectorAll('.tl-gutter li')].find((li) => li.textContent === name);
      if (!canvas || !lane) return null;
      const c = canvas.getBoundingClientRect();
      const l = lane.getBoundingClientRect();
      const onScreen = [Math.max(l.top, 0), Math.min(l.bottom, window.innerHeight)] as const;
      const ratio = canvas.width / c.width;
      const from = Math.max(0, Math.floor((onScreen[0] - c.top) * ratio));
      const to = Math.min(canvas.height, Math.ceil((onScreen[1] - c.top) * ratio));
      const data =
        to > from ? canvas.getContext('2d')?.getImageData(0, from, canvas.width, to - from).data : [];
      let ink = 0;
      for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) ink++;
      // The canvas must hold every row of the lane on screen for its pixels to tell.
      const held = c.top <= onScreen[0] && c.bottom >= onScreen[1];
      return { ink, held, rows: Math.round(onScreen[1] - onScreen[0]) };
    }, name);

  // Printed, the canvas holds every row of the plot (paper does not scroll); the page's own print
  // listeners run first, so one added now sees the canvas as it prints.
  await page.evaluate(() => {
    addEventListener('beforeprint', () => {
      const canvas = document.querySelector('.tl-canvas')?.getBoundingClientRect();
      const plot = document.querySelector('.tl-plot')?.getBoundingClientRect();
      document.body.dataset.printedRows = `${canvas?.top === plot?.top && canvas?.bottom === plot?.bottom}`;
    });
  });
  await page.pdf();
  await expect(page.locator('body')).toHaveAttribute('data-printed-rows', 'true');

  // The reader scrolls to the end of the page with the keyboard: the Turkish minister's lane, near
  // the plot's end, comes on screen with its meeting.
  await page.keyboard.press('End');
  await expect.poll(async () => (await inkInLane('Turkish FM'))?.rows).toBe(34);
  expect(await inkInLane('Turkish FM')).toEqual({ ink: expect.any(Number), held: true, rows: 34 });
  expect((await inkInLane('Turkish FM'))?.ink).toBeGreaterThan(0);

  // And back to the top of the plot: the first lane's marks are there.
  await plot(page).evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await inkInLane('Federation Council'))?.rows).toBe(202);
  expect(await inkInLane('Federation Council')).toEqual({ ink: expect.any(Number), held: true, rows: 202 });
  expect((await inkInLane('Federation Council'))?.ink).toBeGreaterThan(1000);
});
