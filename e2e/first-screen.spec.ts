import { expect, test } from '@playwright/test';
import { axeViolations, openExplorer, SEED } from './helpers.ts';

test('shows the seed article right-to-left in Arabic with every event in time order', async ({ page }) => {
  await openExplorer(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 2, name: /لافروف: سنتخذ الخطوات الضرورية/ })).toBeVisible();
  await expect(page.getByText('٢١ حدثًا بالترتيب الزمني')).toBeVisible();

  const items = page.locator('.event-item');
  await expect(items).toHaveCount(21);
  await expect(items.first()).toContainText('بيان جنيف');
  await expect(items.first()).toContainText('قبل ٢٦ تشرين الأول ٢٠١٢');
  await expect(items.last()).toContainText('زيارة مرتقبة لملك السعودية إلى موسكو');
  for (const title of [
    'مؤتمر صحفي للافروف وماكي في موسكو',
    'الاجتماع الرباعي في فيينا',
    'اتصال هاتفي بين لافروف وكيري (الثالث خلال ثلاثة أيام)',
    'اتصال هاتفي بين لافروف وكيري (أمس)',
    'أول اتصال هاتفي بين لافروف وكيري خلال ثلاثة أيام',
    'اتصال هاتفي بين لافروف وظريف بمبادرة إيرانية',
    'اتصال هاتفي بين لافروف وظريف (أمس)',
    'اتصال هاتفي بين لافروف وظريف (أمس الأول)',
    'لقاء لافروف وظريف في فيينا كما يورده المقال',
    'اتصال هاتفي بين بوتين والملك سلمان',
    'تصريحات بيسكوف للصحفيين',
    'قرار مجلس الاتحاد الروسي بضرب التنظيمات الإرهابية في سورية',
    'اتصالات روسية مستمرة مع الزملاء المصريين',
  ]) {
    await expect(items.filter({ hasText: title })).toHaveCount(1);
  }

  const meta = page.locator('.article-meta');
  await expect(meta).toContainText('الوكالة العربية السورية للأنباء (سانا)');
  await expect(meta).toContainText('تشرين الأول');
  await expect(meta).toContainText('٢٠١٥');
  // Time runs right-to-left: the list starts at the right edge.
  const box = await items.first().boundingBox();
  const pane = await page.locator('.events-pane').boundingBox();
  expect(box && pane && pane.x > 600).toBe(true);
});

test('uses the self-hosted Arabic font', async ({ page }) => {
  await openExplorer(page);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Naskh Arabic"', 'لافروف');
  });
  expect(loaded).toBe(true);
});

test('highlights every event’s evidence in the article text', async ({ page }) => {
  await openExplorer(page);
  const highlighted = page.locator('a.evidence');
  await expect.poll(() => highlighted.count()).toBeGreaterThanOrEqual(25);
  await expect(
    page.locator('.paragraph').filter({ hasText: 'لم أسمع عن هذا اللقاء في باريس' }).locator('a.evidence'),
  ).toHaveCount(2);
});

test('the English interface is complete and left-to-right', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
  await expect(page.getByText('21 events in time order')).toBeVisible();
  await expect(page.locator('.event-item').first()).toContainText('before 26 October 2012');
  // The article stays Arabic and right-to-left inside the English interface.
  await expect(page.locator('article.reader')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'التبديل إلى الواجهة العربية' }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('an unknown or malformed URL parameter shows a notice and the unfiltered view', async ({ page }) => {
  await openExplorer(page, '?lang=fr&colour=red&event=no-such-event');
  await expect(page.getByRole('status').filter({ hasText: 'تجاهلنا في الرابط' })).toContainText('lang=fr');
  await expect(page.getByRole('status').filter({ hasText: 'تجاهلنا في الرابط' })).toContainText('colour=red');
  await expect(page.getByText('لا يوجد حدث بالمعرّف "no-such-event".')).toBeVisible();
  await expect(page.locator('.event-item')).toHaveCount(21);
});

test('fits a 360-pixel phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplorer(page, `?event=vienna-quartet&article=${SEED}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.details')).toContainText('الاجتماع الرباعي في فيينا');
  // The four views stand in two rows of two equal buttons across the width, none left alone on a line.
  const views = page.getByRole('group', { name: 'العروض' }).getByRole('button');
  await expect(views).toHaveCount(4);
  const boxes = await Promise.all(
    (await views.all()).map(async (b) => (await b.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }),
  );
  const rows = [...new Set(boxes.map((b) => Math.round(b.y)))];
  expect(rows).toHaveLength(2);
  for (const row of rows) expect(boxes.filter((b) => Math.round(b.y) === row)).toHaveLength(2);
  for (const box of boxes) expect(box.width).toBeGreaterThan(150);
});

for (const lang of ['ar', 'en']) {
  test(`axe finds no violation of any impact (${lang}, with a selection)`, async ({ page }) => {
    await openExplorer(page, `?lang=${lang}&event=lavrov-zarif-call-today`);
    await expect(page.locator('.details')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('printing shows every filtered event with its date and participants, and no buttons or inner panes', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&person=lavrov');
  await page.emulateMedia({ media: 'print' });
  // While printing, the list renders every filtered event in a print list of its own (print.spec.ts).
  const items = page.locator('.print-list > li');
  await expect(items).toHaveCount(13);
  await expect(page.locator('.event-item').first()).toBeHidden();
  for (const item of await items.all()) await expect(item).toBeVisible();
  await expect(items.first()).toContainText('Lavrov');
  await expect(page.locator('.tl-plot')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  const pane = await page
    .locator('.events-pane')
    .evaluate((e) => ({ overflow: getComputedStyle(e).overflowY, maxHeight: getComputedStyle(e).maxHeight }));
  expect(pane).toEqual({ overflow: 'visible', maxHeight: 'none' });
});
