import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers.ts';

test('the view switcher shows and hides the timeline, the graph, the article text and the list, in the URL', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  const views = page.getByRole('group', { name: 'Views' });
  const graph = views.getByRole('button', { name: 'Participant graph' });
  await expect(graph).toHaveAttribute('aria-pressed', 'true');
  await graph.click();
  await expect(page).toHaveURL(/[?&]view=timeline,article,list(&|$)/);
  await expect(page.getByRole('region', { name: 'Participant graph' })).toHaveCount(0);
  await expect(graph).toHaveAttribute('aria-pressed', 'false');
  await views.getByRole('button', { name: 'Article text' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline,list(&|$)/);
  await expect(page.locator('.reader-pane')).toHaveCount(0);
  const list = views.getByRole('button', { name: 'Event list' });
  await list.click();
  await expect(page).toHaveURL(/[?&]view=timeline(&|$)/);
  await expect(list).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Events' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Lavrov–Kerry phone call/ }).first()).toBeHidden();
  // The skip link would lead nowhere: it goes with the list.
  await expect(page.getByRole('link', { name: 'Skip to the list of events' })).toHaveCount(0);
  // The last view stays: pressing it does nothing.
  const timeline = views.getByRole('button', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-disabled', 'true');
  await timeline.dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]view=timeline(&|$)/);
  await graph.click();
  await expect(page).toHaveURL(/[?&]view=timeline,graph(&|$)/);
  await expect(page.getByRole('region', { name: 'Participant graph' })).toBeVisible();
  await list.click();
  await expect(page).toHaveURL(/[?&]view=timeline,graph,list(&|$)/);
  await expect(page.locator('.event-item')).toHaveCount(21);
  await expect(page.locator('.event-item').first()).toBeVisible();
});

test('without the list the article text takes the width beside the details', async ({ page }) => {
  await page.goto('./?lang=en&view=article');
  const reader = page.locator('.reader-pane');
  await expect(reader.getByText(/لافروف/).first()).toBeVisible();
  const width = await reader.evaluate((element) => element.getBoundingClientRect().width);
  // 1300 px wide: the reader's column is the workspace less the details' (at most 24rem) and a gap.
  expect(width).toBeGreaterThan(800);
});

test('the switcher speaks Arabic in the Arabic interface', async ({ page }) => {
  await openExplorer(page, '?view=graph,list');
  const views = page.getByRole('group', { name: 'العروض' });
  await expect(views.getByRole('button', { name: 'شبكة المشاركين' })).toHaveAttribute('aria-pressed', 'true');
  await views.getByRole('button', { name: 'الخط الزمني' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline,graph,list(&|$)/);
  await expect(views.getByRole('button', { name: 'قائمة الأحداث' })).toHaveAttribute('aria-pressed', 'true');
});
