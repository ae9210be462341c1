import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openExplorer, SEED } from './helpers.ts';

const filters = (page: Page) => page.getByRole('region', { name: /^(Filters|التصفية)$/ });
const exportButton = (page: Page) => page.getByRole('button', { name: /^(Export|تصدير)$/ });
const today = () => new Date().toISOString().slice(0, 10);

/** Chooses a menu item and gives the downloaded file's name and bytes. */
async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await exportButton(page).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await waiting;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('with Kerry chosen, every format holds exactly the four events on screen', async ({ page }) => {
  await openExplorer(page, '?lang=en&person=kerry');
  await expect(filters(page).getByText('4 of 21 events')).toBeVisible();
  await expect(page.locator('.event-list .event-item')).toHaveCount(4);

  const csv = await download(page, 'Spreadsheet (CSV)');
  expect(csv.name).toBe(`rasd-events-${today()}.csv`);
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith('\uFEFFid,title,type,start,end,')).toBe(true);
  const lines = csvText.split('\r\n').filter((l) => l !== '');
  expect(lines.map((l) => l.split(',')[0])).toEqual([
    '\uFEFFid',
    'vienna-quartet',
    'lavrov-kerry-call-1',
    'lavrov-kerry-call-2',
    'lavrov-kerry-call-3',
  ]);
  // The bundled corpus keeps no quotes: the export read them from the record's own text.
  expect(lines[3]).toContain('حيث بحث الوزيران أمس آفاق حل الأزمة في سورية بمشاركة الدول الإقليمية');
  await expect(
    page.getByRole('status').filter({ hasText: `Saved rasd-events-${today()}.csv: 4 events.` }),
  ).toBeVisible();

  const json = await download(page, 'Events as JSON');
  const rows = JSON.parse(json.bytes.toString('utf8')) as { id: string; participants: unknown[] }[];
  expect(rows.map((r) => r.id)).toEqual([
    'vienna-quartet',
    'lavrov-kerry-call-1',
    'lavrov-kerry-call-2',
    'lavrov-kerry-call-3',
  ]);

  const records = await download(page, 'Article records (JSON)');
  expect(records.name).toBe(`rasd-records-${today()}.json`);
  const record = JSON.parse(records.bytes.toString('utf8'));
  expect([record.id, record.events.length, record.paragraphs.length]).toEqual([SEED, 21, 29]);

  const ics = await download(page, 'Calendar (.ics)');
  expect(ics.name).toBe(`rasd-calendar-${today()}.ics`);
  const calendar = ics.bytes.toString('utf8');
  expect(calendar.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(4);
  expect(calendar).toContain(`\r\nUID:${SEED}.lavrov-kerry-call-2@rasd\r\n`);

  for (const [item, extension] of [
    ['Participant graph (GraphML)', 'graphml'],
    ['Participant graph (GEXF, for Gephi)', 'gexf'],
  ] as const) {
    const graph = await download(page, item);
    expect(graph.name).toBe(`rasd-graph-${today()}.${extension}`);
    const text = graph.bytes.toString('utf8');
    const ids = [...text.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['kerry', 'lavrov', 'saudi-fm', 'turkish-fm']);
    expect(text.match(/<edge /g)).toHaveLength(6);
  }
});

test('the pictures carry the Arabic title, the filter and the source as text, and PNG is twice the size', async ({
  page,
}) => {
  await openExplorer(page, '?person=kerry');
  const svg = await download(page, 'صورة الخط الزمني (SVG)');
  expect(svg.name).toBe(`rasd-timeline-${today()}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('<title>رصد: الخط الزمني للأحداث الدبلوماسية</title>');
  expect(text).toMatch(
    /<text [^>]*direction="rtl"[^>]*class="picture-title">رصد: الخط الزمني للأحداث الدبلوماسية<\/text>/,
  );
  expect(text).toContain('المرشحات: الأشخاص: \u2068جون كيري\u2069');
  expect(text).toContain('المصدر: رصد، نقلًا عن \u2068الوكالة العربية السورية للأنباء (سانا)\u2069');
  expect(text).toContain('font-family:"Noto Naskh Arabic"');
  // Three calls (diamonds) and the Vienna meeting (a circle), each once.
  expect(text.match(/<path d="M6 1 L11 6 L6 11 L1 6 Z"/g)).toHaveLength(3);
  expect(text.match(/<path d="M6 6 m-5 0 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0"/g)).toHaveLength(1);
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(text)?.[1]);

  const png = await download(page, 'صورة الخط الزمني (PNG)');
  expect(png.name).toBe(`rasd-timeline-${today()}.png`);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(2 * width);

  const graph = await download(page, 'صورة الشبكة (SVG)');
  const graphText = graph.bytes.toString('utf8');
  expect(graphText).toContain('<title>رصد: شبكة المشاركين في الأحداث الدبلوماسية</title>');
  expect(graphText.match(/class="picture-node"/g)).toHaveLength(4);
});

test('the menu is reached, walked and closed from the keyboard, and passes axe open', async ({ page }) => {
  await openExplorer(page, '?lang=en&person=kerry&event=lavrov-kerry-call-2');
  const button = exportButton(page);
  // Tab from the page's start until the Export button has the focus.
  await page.locator('body').focus();
  for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem', { name: 'Spreadsheet (CSV)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Events as JSON' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Graph picture (PNG)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Spreadsheet (CSV)' })).toBeFocused();
  await expect(menu.getByRole('menuitem')).toHaveCount(10);

  const results = await new AxeBuilder({ page }).include('.export-menu-button').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  // Escape closed the menu only: the selected event stays selected.
  await expect(page).toHaveURL(/event=lavrov-kerry-call-2/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // ArrowUp opens on the last item; Enter on an item saves the file.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Graph picture (PNG)' })).toBeFocused();
  await page.keyboard.press('Home');
  const waiting = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await waiting).suggestedFilename()).toBe(`rasd-events-${today()}.csv`);
  await expect(button).toBeFocused();
});
