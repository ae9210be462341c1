import { expect, type Page, test } from '@playwright/test';
import { axeViolations, openExplorer } from './helpers.ts';

const graph = (page: Page) => page.getByRole('region', { name: /^(Participant graph|شبكة المشاركين)$/ });
const node = (page: Page, id: string) => page.locator(`.graph-node[data-node-id="${id}"]`);

test('Lavrov is the hub: his node carries his event count and the most edges', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await expect(graph(page).getByRole('button', { name: 'Sergey Lavrov — 13 events' })).toBeVisible();
  await expect(graph(page).getByRole('button', { name: 'John Kerry — 4 events' })).toBeVisible();
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true');
  // Only participants are drawn: Erdoğan and Assad are merely mentioned.
  await expect(node(page, 'erdogan')).toHaveCount(0);
  await expect(node(page, 'assad')).toHaveCount(0);
  await expect(page.locator('.graph-edge-arrow')).toHaveCount(1);
});

test('clicking Lavrov filters the timeline and the list, and goes in the URL', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await node(page, 'lavrov').locator('circle').first().click();
  await expect(page).toHaveURL(/person=lavrov/);
  await expect(page.locator('.event-list .event-item')).toHaveCount(13);
  await expect(page.locator('.tl-mark[data-event-id="putin-salman-call"]')).toHaveCount(0);
  await expect(node(page, 'lavrov')).toHaveAttribute('aria-pressed', 'true');
  // His mentions in the article are marked.
  await expect(page.locator('.paragraph mark.hit').first()).toBeVisible();
});

test('selecting the Vienna meeting highlights its four participants', async ({ page }) => {
  await openExplorer(page, '?lang=en&event=vienna-quartet');
  for (const id of ['lavrov', 'kerry', 'saudi-fm', 'turkish-fm']) {
    await expect(node(page, id)).toHaveAttribute('data-emphasis', 'on');
  }
  for (const id of ['zarif', 'makei', 'putin'])
    await expect(node(page, id)).toHaveAttribute('data-emphasis', 'off');
});

test('a node is reached and chosen from the keyboard', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const zarif = graph(page).getByRole('button', { name: 'Mohammad Javad Zarif — 4 events' });
  await zarif.focus();
  await expect(zarif).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/person=zarif/);
  await expect(page.locator('.event-list .event-item')).toHaveCount(4);
});

test('the connections table lists the drawn edges and picks a pair', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await graph(page).getByText('Table of connections').click();
  const rows = graph(page).locator('.connections-table tbody tr');
  await expect(rows).toHaveCount(await page.locator('.graph-edge').count());
  await expect(rows).toHaveCount(11);
  await graph(page)
    .locator('.connections-table')
    .getByRole('button', { name: 'John Kerry – Sergey Lavrov' })
    .click();
  await expect(page).toHaveURL(/person=kerry,lavrov&mode=all/);
  await expect(page.locator('.event-list .event-item')).toHaveCount(4);
});

test('a date window chosen on the timeline redraws the graph for that window', async ({ page }) => {
  await openExplorer(page, '?lang=en&from=2015-10-26&to=2015-10-26');
  await expect(graph(page).getByRole('button', { name: /^Vladimir Putin — 1 event$/ })).toBeVisible();
  await expect(node(page, 'makei')).toHaveCount(0);
  await expect(node(page, 'saudi-fm')).toHaveCount(0);
});

test('axe finds no violation of any impact in the graph', async ({ page }) => {
  await openExplorer(page, '?event=lavrov-zarif-call-today');
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

test('hovering an event in the list or the timeline highlights its participants in the graph', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true');
  await page.locator('.event-item').filter({ hasText: 'Putin–King Salman phone call' }).hover();
  await expect(node(page, 'putin')).toHaveAttribute('data-emphasis', 'on');
  await expect(node(page, 'salman')).toHaveAttribute('data-emphasis', 'on');
  await expect(node(page, 'lavrov')).toHaveAttribute('data-emphasis', 'off');
  await page.locator('.tl-mark[data-event-id="lavrov-makei-press-conference"] path').first().hover();
  await expect(node(page, 'makei')).toHaveAttribute('data-emphasis', 'on');
  await expect(node(page, 'putin')).toHaveAttribute('data-emphasis', 'off');
  await page.mouse.move(5, 5);
  await expect(node(page, 'lavrov')).not.toHaveAttribute('data-emphasis', /on|off/);
});

test('a drag on the timeline lets go of the event under the pointer: no card, no emphasis in the graph', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-settled', 'true');
  // The drag pans with the gesture code, which arrives after the first frame (it also draws the brush).
  await expect(page.locator('.tl-brush .selection')).toHaveCount(1);
  const mark = page.locator('.tl-mark[data-event-id="lavrov-makei-press-conference"] path').first();
  await mark.hover();
  await expect(page.locator('.tl-tooltip')).toBeVisible();
  await expect(node(page, 'makei')).toHaveAttribute('data-emphasis', 'on');
  const box = await mark.boundingBox();
  if (!box) throw new Error('no mark');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
  await expect(page.locator('.tl-tooltip')).toHaveCount(0);
  await expect(node(page, 'makei')).not.toHaveAttribute('data-emphasis', /on|off/);
  await page.mouse.up();
});
