import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers.ts';

test('the view switcher shows and hides the timeline, the graph and the article text, in the URL', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en');
  const views = page.getByRole('group', { name: 'Views' });
  const graph = views.getByRole('button', { name: 'Participant graph' });
  await expect(graph).toHaveAttribute('aria-pressed', 'true');
  await graph.click();
  await expect(page).toHaveURL(/[?&]view=timeline,article(&|$)/);
  await expect(page.getByRole('region', { name: 'Participant graph' })).toHaveCount(0);
  await expect(graph).toHaveAttribute('aria-pressed', 'false');
  await views.getByRole('button', { name: 'Article text' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline(&|$)/);
  await expect(page.locator('.reader-pane')).toHaveCount(0);
  // The last view stays: pressing it does nothing.
  const timeline = views.getByRole('button', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-disabled', 'true');
  await timeline.dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]view=timeline(&|$)/);
  await graph.click();
  await expect(page).toHaveURL(/[?&]view=timeline,graph(&|$)/);
  await expect(page.getByRole('region', { name: 'Participant graph' })).toBeVisible();
  // The list is always there.
  await expect(page.locator('.event-item')).toHaveCount(21);
});

test('the switcher speaks Arabic in the Arabic interface', async ({ page }) => {
  await openExplorer(page, '?view=graph');
  const views = page.getByRole('group', { name: 'العروض' });
  await expect(views.getByRole('button', { name: 'شبكة المشاركين' })).toHaveAttribute('aria-pressed', 'true');
  await views.getByRole('button', { name: 'الخط الزمني' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline,graph(&|$)/);
});
