import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openExplorer, SEED, withoutShards } from './helpers.ts';

// Several page loads and axe runs per test, on a machine other runs share.
test.describe.configure({ timeout: 90_000 });

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const listed = (page: Page) => page.locator('.event-list .event-item');

/** Every axe violation on the page as it is now, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the share button copies a link that reopens the same view', async ({ page, context }) => {
    const search =
      '?person=lavrov&type=phone-call&event=lavrov-kerry-call-2&view=timeline,article,list&lanes=person&lang=en';
    await openExplorer(page, search);
    await expect(page.getByText('6 of 21 events')).toBeVisible();
    await expect(listed(page)).toHaveCount(6);

    await page.getByRole('button', { name: 'Share' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Link to this view copied' });
    await expect(status).toHaveText('Link to this view copied. Whoever opens it sees what you see now.');
    await expect(status).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The page's own address, every key as the explorer wrote it (the timeline may add its window).
    expect(copied).toBe(page.url());
    for (const [key, value] of new URLSearchParams(search)) {
      expect(new URL(copied).searchParams.get(key), key).toBe(value);
    }
    await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(copied);

    const other = await context.newPage();
    await openExplorer(other, new URL(copied).search);
    expect(other.url()).toBe(copied);
    await expect(other.getByText('6 of 21 events')).toBeVisible();
    await expect(listed(other)).toHaveCount(6);
    await expect(page.locator('.details h3')).toHaveText('Lavrov–Kerry phone call (yesterday)');
    await expect(other.locator('.details h3')).toHaveText('Lavrov–Kerry phone call (yesterday)');
    await expect(other.getByRole('button', { name: 'By participant' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(other.getByRole('heading', { name: 'Participant graph' })).toHaveCount(0);
    for (const edge of ['data-from', 'data-to']) {
      const shown = await page.locator('.tl-plot').getAttribute(edge);
      expect(shown).toMatch(/^2015-10-\d\dT00:00:00\.000Z$/);
      await expect(other.locator('.tl-plot')).toHaveAttribute(edge, shown ?? '');
    }

    // The embed snippet is the Embed dialog's, for the same view.
    await page.getByRole('button', { name: 'Embed code…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view in your page' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox')).toHaveValue(
      /embed\.html\?person=lavrov&amp;type=phone-call&amp;view=timeline&amp;lanes=person&amp;lang=en" title="Rasd: a timeline of 6 diplomatic events"/,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
    // Escape closed the panel, not the selection.
    await expect(page).toHaveURL(/event=lavrov-kerry-call-2/);
  });
});

test.describe('share with a record opened from this computer', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the confirmation says the opened article does not travel in the link', async ({ page }) => {
    await openExplorer(page, '?lang=en');
    await page.getByLabel('Open article files…').setInputFiles(['e2e/fixtures/invented-test-wire.json']);
    await expect(page.getByText('22 of 22 events')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link to this view copied' })).toHaveText(
      'Link to this view copied, but the article opened from this computer cannot travel in a link: whoever opens it sees the rest.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});

test('when the clipboard is refused, the link is selected in its field and the reader is told', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openExplorer(page, '?type=meeting');
  await page.getByRole('button', { name: 'مشاركة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'لم يسمح' })).toHaveText(
    'لم يسمح المتصفح بالنسخ: الرابط محدَّد في الحقل، فانسخه بنفسك.',
  );
  const field = page.getByRole('textbox', { name: 'رابط هذا العرض' });
  await expect(field).toBeFocused();
  const link = `${new URL(page.url()).origin}/?type=meeting`;
  await expect(field).toHaveValue(link);
  expect(
    await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    ),
  ).toBe(link);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, passes axe, and the switch can fix it to light', async ({ page }) => {
    await openExplorer(page, '?event=lavrov-kerry-call-2');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(
      page.getByRole('group', { name: 'المظهر' }).getByRole('button', { name: 'كالنظام' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(21, 25, 30)',
    );
    await expect(page.locator('.graph-node').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'كيف تقرأ رصد' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'المظهر' }).getByRole('button', { name: 'فاتح' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(
      page.getByRole('group', { name: 'المظهر' }).getByRole('button', { name: 'فاتح' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

test('the theme switch turns the explorer dark, a reload keeps it, and it passes axe', async ({ page }) => {
  await openExplorer(page, '?lang=en&event=lavrov-kerry-call-2');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => localStorage.getItem('rasd-theme'))).toBe('dark');

  await page.reload();
  // Set before any script of the app ran: the first paint is already dark.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await openExplorer(page, '?lang=en&event=lavrov-kerry-call-2');
  await expect(
    page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Light' }),
  ).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.graph-node').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'As the system' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => localStorage.getItem('rasd-theme'))).toBeNull();
});

test('? opens the help, Escape closes it and focus goes back', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole('searchbox', { name: 'بحث في النص' });
  await search.fill('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await search.fill('');

  const reset = page.getByRole('button', { name: 'إعادة الضبط' });
  await reset.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'كيف تقرأ رصد' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
  await expect(help.locator('.type-glyph')).toHaveCount(9);
  await expect(help.getByRole('button', { name: 'إغلاق' })).toBeFocused();
  // The page's focus colour, not the header's yellow, though the dialog is opened from the header.
  expect(
    await help.getByRole('button', { name: 'إغلاق' }).evaluate((b) => getComputedStyle(b).outlineColor),
  ).toBe('rgb(194, 65, 12)');
  expect(await violations(page)).toEqual([]);
  // Focus stays in the dialog: its one control keeps it on Tab and Shift+Tab, the page behind is inert.
  await page.keyboard.press('Tab');
  await expect(help.getByRole('button', { name: 'إغلاق' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(help.getByRole('button', { name: 'إغلاق' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(reset).toBeFocused();

  const button = page.getByRole('button', { name: 'كيف تقرأ رصد' });
  await button.click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'إغلاق' }).click();
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
});

test('the help in English names the real keys and the ways to add articles', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'How to read Rasd' });
  await expect(help).toBeVisible();
  await expect(help.locator('caption')).toHaveText([
    'Anywhere outside a text field',
    'In the timeline',
    'In the list of events',
    'In the graph',
    'In the person field',
  ]);
  await expect(help.getByText('"New article" at the top of the page', { exact: false })).toBeVisible();
  await expect(help.locator('pre code')).toHaveText(
    'rasd draft article.txt --published 2015-10-27 > record.json\nrasd validate record.json',
  );
});

function linkedRecord(changes: (record: Record<string, unknown>) => void): string {
  const record = JSON.parse(readFileSync(fixture('invented-test-wire.json'), 'utf8'));
  changes(record);
  return JSON.stringify(record);
}

async function serve(page: Page, address: string, body: string) {
  await page.route(address, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body,
    }),
  );
}

test('sources are links to new tabs; a javascript: address never becomes one', async ({ page }) => {
  await serve(
    page,
    'https://records.example/linked.json',
    linkedRecord((record) => {
      (record.source as Record<string, unknown>).url = 'https://wire.example/lavrov-kerry';
      record.related = [{ title: 'An earlier call', url: 'https://wire.example/earlier' }];
      record.notes = [
        {
          id: 'call-elsewhere',
          about: { events: ['lavrov-kerry-call'], entities: [] },
          text: { ar: 'ملاحظة مختلقة للاختبار.', en: 'A note invented for tests.' },
          sources: [
            { publisher: 'Wire archive', reference: 'wire.example/a', url: 'https://wire.example/a' },
            { publisher: 'Hostile', reference: 'javascript:alert(document.domain)' },
          ],
        },
      ];
    }),
  );
  // A record from a link is validated by a chunk fetched on demand: slower than the bundled corpus.
  await page.goto('./?lang=en&bundled=no&src=https://records.example/linked.json&event=lavrov-kerry-call');
  await expect(page.locator('.event-list')).toBeVisible({ timeout: 20_000 });
  const notes = page.locator('.notes');
  const archive = notes.getByRole('link', { name: /Wire archive, wire\.example\/a/ });
  await expect(archive).toHaveAttribute('href', 'https://wire.example/a');
  await expect(archive).toHaveAttribute('target', '_blank');
  await expect(archive).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(archive).toHaveAccessibleName('Wire archive, wire.example/a (opens in a new tab)');
  await expect(notes.getByText('Hostile, javascript:alert(document.domain)')).toBeVisible();
  await expect(notes.getByRole('link')).toHaveCount(1);

  const source = page.locator('.article-meta').getByRole('link', { name: /Invented Test Wire/ });
  await expect(source).toHaveAttribute('href', 'https://wire.example/lavrov-kerry');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(source).toHaveAttribute('target', '_blank');
  const related = page.locator('.related').getByRole('link', { name: /An earlier call/ });
  await expect(related).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
});

test('a record whose address is javascript: is refused, and nothing becomes a link', async ({ page }) => {
  await serve(
    page,
    'https://records.example/hostile-url.json',
    linkedRecord((record) => {
      (record.source as Record<string, unknown>).url = 'javascript:alert(document.domain)';
    }),
  );
  await page.goto('./?lang=en&src=https://records.example/hostile-url.json');
  await expect(page.getByRole('alert')).toContainText('1 rejected');
  await expect(page.getByRole('alert')).toContainText('an https:// or http:// address');
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
});

test("the canvas timeline of a dense corpus repaints its clusters in the theme's colour", async ({
  page,
}) => {
  // The seed's self-dated events forty times over: past the SVG limit, so the marks go to the canvas.
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const own = record.events.filter(
      (e: { when: { relativeTo: { kind: string } } }) => e.when.relativeTo.kind !== 'event',
    );
    record.events = [...Array(40).keys()].flatMap((n) =>
      own.map((event: { id: string }) => ({ ...event, id: `${event.id}-${n}` })),
    );
    const ids = new Set(record.events.map((e: { id: string }) => e.id));
    record.notes = record.notes.map((note: { about: { events: string[] } }) => ({
      ...note,
      about: {
        ...note.about,
        events: note.about.events
          .flatMap((id) => [...Array(40).keys()].map((n) => `${id}-${n}`))
          .filter((id) => ids.has(id)),
      },
    }));
    await route.fulfill({ response, json: record });
  });
  await openExplorer(page, '?lang=en&view=timeline,list');
  const pixelsOf = (rgb: [number, number, number]) =>
    page.locator('.tl-canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
      }
      return count;
    }, rgb);
  const LIGHT_ACCENT: [number, number, number] = [31, 93, 115];
  const DARK_ACCENT: [number, number, number] = [124, 196, 221];
  await expect.poll(() => pixelsOf(LIGHT_ACCENT)).toBeGreaterThan(100);
  expect(await pixelsOf(DARK_ACCENT)).toBe(0);

  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect.poll(() => pixelsOf(DARK_ACCENT)).toBeGreaterThan(100);
  expect(await pixelsOf(LIGHT_ACCENT)).toBe(0);
});
