import { expect, test } from '@playwright/test';
import { eventButton, openExplorer, visibleInPane } from './helpers.ts';

test('clicking an event highlights its evidence, shows its details and goes in the URL', async ({ page }) => {
  await openExplorer(page);
  await eventButton(page, /أول اتصال هاتفي بين لافروف وكيري/).click();
  await expect(page).toHaveURL(/[?&]event=lavrov-kerry-call-1(&|$)/);
  await expect(eventButton(page, /أول اتصال هاتفي بين لافروف وكيري/)).toHaveAttribute('aria-pressed', 'true');

  const selected = page.locator('a.evidence[data-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveText('هذا الاتصال بين لافروف وكيري يعد الثالث من نوعه خلال ثلاثة أيام');
  await expect.poll(() => visibleInPane(selected)).toBe(true);

  const details = page.locator('.details');
  await expect(details).toContainText('٢٥ تشرين الأول ٢٠١٥');
  await expect(details).toContainText('مستنتج');
  await expect(details).toContainText('خلال ثلاثة أيام');
  await expect(details).toContainText('تاريخ من مصدر خارجي: ٢٤ تشرين الأول ٢٠١٥');
  await expect(details).toContainText('Reuters, idUSKCN0SL2QQ20151027');
  // The evidence is quoted from the article's own text (the bundled corpus keeps where, not what).
  await expect(details.locator('blockquote p')).toHaveText(
    'هذا الاتصال بين لافروف وكيري يعد الثالث من نوعه خلال ثلاثة أيام',
  );
});

test('choosing an event in the list scrolls the article within its pane to the evidence, not the page', async ({
  page,
}) => {
  await openExplorer(page);
  const button = eventButton(page, /زيارة مرتقبة لملك السعودية إلى موسكو/);
  await button.scrollIntoViewIfNeeded();
  const pageY = await page.evaluate(() => window.scrollY);
  const reader = page.locator('.reader-pane');
  expect(await reader.evaluate((pane) => pane.scrollTop)).toBe(0);
  await button.click();
  const selected = page.locator('a.evidence[data-selected="true"]').first();
  await expect(selected).toBeAttached();
  // The quote (in the article's last paragraphs) is brought into the reader's own view...
  await expect.poll(() => visibleInPane(selected)).toBe(true);
  expect(await reader.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
  // ...and the page itself has not moved.
  expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
});

test('the keyboard reaches the list, walks it with arrows and selects with Enter; Escape clears', async ({
  page,
}) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'انتقل إلى قائمة الأحداث' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = page.locator('.event-item').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.event-item').nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=vienna-quartet/);
  const selected = page.locator('a.evidence[data-selected="true"]');
  await expect(selected).toHaveCount(2);
  await expect(selected.first()).toContainText('الاجتماع الرباعي في فيينا الجمعة الماضية');
  await page.keyboard.press('End');
  await expect(page.locator('.event-item').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
  await expect(page.locator('a.evidence[data-selected="true"]')).toHaveCount(0);
});

test('choosing a highlighted sentence selects its event, by mouse and by keyboard', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByRole('link', { name: 'الاتصال الهاتفي الذي جرى أمس بين الرئيس الروسي فلاديمير بوتين' })
    .click();
  await expect(page).toHaveURL(/event=putin-salman-call/);
  await expect(eventButton(page, /اتصال هاتفي بين بوتين والملك سلمان/)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.details h3')).toHaveText('اتصال هاتفي بين بوتين والملك سلمان');

  const peskov = page.getByRole('link', {
    name: 'وقال بيسكوف في تصريح له تعليقا على سؤال من الصحفيين اليوم',
  });
  await peskov.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=peskov-statements/);
  await expect(page.locator('.details h3')).toHaveText('تصريحات بيسكوف للصحفيين');
});

test('a sentence shared by two events selects each in turn', async ({ page }) => {
  await openExplorer(page);
  const shared = page.getByRole('link', { name: 'حيث أجرى الوزيران اتصالين هاتفيين أمس وأمس الأول' });
  await shared.click();
  await expect(page).toHaveURL(/event=lavrov-zarif-call-day-before/);
  await shared.click();
  await expect(page).toHaveURL(/event=lavrov-zarif-call-yesterday/);
});

test('back and forward walk through selections; a reload restores one', async ({ page }) => {
  await openExplorer(page);
  await eventButton(page, /الاجتماع الرباعي في فيينا/).click();
  await eventButton(page, /تصريحات بيسكوف/).click();
  await page.goBack();
  await expect(page).toHaveURL(/event=vienna-quartet/);
  await expect(page.locator('.details h3')).toHaveText('الاجتماع الرباعي في فيينا');
  await page.goForward();
  await expect(page.locator('.details h3')).toHaveText('تصريحات بيسكوف للصحفيين');
  await page.reload();
  await expect(page.locator('.details h3')).toHaveText('تصريحات بيسكوف للصحفيين');
  await expect(page.locator('a.evidence[data-selected="true"]').first()).toBeVisible();
});

for (const [width, height] of [
  [1300, 900],
  [360, 740],
] as const) {
  test(`choosing an event on the timeline at ${width}×${height} puts its evidence in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page, '?lang=en');
    const mark = page.locator('.tl-mark[data-event-id="putin-salman-call"] path').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect(page).toHaveURL(/[?&]event=putin-salman-call(&|$)/);
    const quote = page.locator('.details blockquote').first();
    await expect(quote).toContainText('سلمان بن عبد العزيز');
    await expect(quote).toBeInViewport({ ratio: 1 });
    if (width < 720) {
      // A bottom sheet: dismissed by its clear button, the selection goes with it.
      await page.getByRole('button', { name: 'Clear selection' }).click();
      await expect(page).not.toHaveURL(/event=/);
      await expect(page.locator('.details')).toHaveCount(0);
    }
  });
}
