import { expect, type Page, test } from '@playwright/test';
import { axeViolations, openExplorer, SEED, withoutShards } from './helpers.ts';

const listed = (page: Page) => page.locator('.event-list .event-item');
const filters = (page: Page) => page.getByRole('region', { name: /^(Filters|التصفية)$/ });

test('Lavrov and Kerry with "all of them" leaves exactly their shared events', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const people = filters(page).getByRole('combobox', { name: 'People' });
  await people.fill('Lavrov');
  await expect(page.getByRole('option', { name: /Sergey Lavrov/ })).toBeVisible();
  await people.press('Enter');
  await people.fill('kerry');
  await people.press('Enter');
  await filters(page).getByRole('button', { name: 'all of them together' }).click();
  await expect(page).toHaveURL(/person=lavrov,kerry&mode=all/);
  await expect(filters(page).getByText('4 of 21 events')).toBeVisible();
  await expect(listed(page)).toHaveText([
    /Quartet meeting in Vienna/,
    /First of three Lavrov–Kerry phone calls/,
    /Lavrov–Kerry phone call \(yesterday\)/,
    /Lavrov–Kerry phone call \(the third in three days\)/,
  ]);
  await filters(page).getByRole('button', { name: 'any of them' }).click();
  await expect(filters(page).getByText('13 of 21 events')).toBeVisible();
});

test('a misspelt name or another spelling still finds the person', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  const people = filters(page).getByRole('combobox', { name: 'People' });
  await people.fill('Lavrof');
  await expect(page.getByRole('option').first()).toContainText('Sergey Lavrov');
  await people.press('ArrowDown');
  await people.press('Enter');
  await expect(page).toHaveURL(/person=lavrov/);

  await openExplorer(page);
  const arabic = filters(page).getByRole('combobox', { name: 'الأشخاص' });
  await arabic.fill('سيرغى');
  await expect(page.getByRole('option').first()).toContainText('سيرغي لافروف');
  await arabic.fill('لافرف');
  await expect(page.getByRole('option').first()).toContainText('سيرغي لافروف');
});

test('free text ignores hamza, alef maqsura and diacritics, and marks matches in the article and the list', async ({
  page,
}) => {
  await openExplorer(page);
  await filters(page).getByRole('searchbox', { name: 'بحث في النص' }).fill('سيرغي');
  await expect(page).toHaveURL(/q=/);
  await expect(filters(page).getByText('١٣ من ٢١ حدثًا')).toBeVisible();
  // The text writes the first paragraph's name with ى; the match is marked all the same.
  await expect(page.locator('.paragraph mark.hit').first()).toHaveText('سيرغى');
  await filters(page).getByRole('searchbox', { name: 'بحث في النص' }).fill('فِيِينَّا');
  await expect(filters(page).getByText('٣ من ٢١ حدثًا')).toBeVisible();
  await expect(page.locator('.event-list mark.hit').first()).toHaveText('فيينا');
});

test('free text finds words only the evidence holds, though the bundled corpus keeps just their words', async ({
  page,
}) => {
  await openExplorer(page);
  // «آفاق» and «الإقليمية» are in the sentence that reports the second Lavrov–Kerry call, in no title.
  await filters(page).getByRole('searchbox', { name: 'بحث في النص' }).fill('افاق الاقليميه');
  await expect(filters(page).getByText('١ من ٢١ حدثًا')).toBeVisible();
  await expect(listed(page)).toHaveText([/اتصال هاتفي بين لافروف وكيري \(أمس\)/]);
  await listed(page).first().click();
  await expect(page.locator('.details blockquote p')).toHaveText(
    'حيث بحث الوزيران أمس آفاق حل الأزمة في سورية بمشاركة الدول الإقليمية',
  );
});

test('typed dates in either language narrow the window, and the timeline follows', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await filters(page).getByRole('textbox', { name: 'From' }).fill('23/10/2015');
  await filters(page).getByRole('textbox', { name: 'To' }).fill('24 October 2015');
  await filters(page).getByRole('textbox', { name: 'To' }).press('Enter');
  await expect(page).toHaveURL(/from=2015-10-23&to=2015-10-24/);
  await expect(listed(page).filter({ hasText: 'Quartet meeting in Vienna' })).toHaveCount(1);
  await expect(listed(page).filter({ hasText: 'Putin–King Salman' })).toHaveCount(0);
  await expect(page.locator('.tl-plot')).toHaveAttribute('data-from', '2015-10-23T00:00:00.000Z');

  await openExplorer(page);
  const from = filters(page).getByRole('textbox', { name: 'من' });
  await from.fill('٢٦ تشرين الأول ٢٠١٥');
  await from.press('Enter');
  await expect(page).toHaveURL(/from=2015-10-26/);
  await from.fill('الجمعة');
  await from.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'لم نفهم «الجمعة» تاريخًا' })).toBeVisible();
});

test('an emptied view says which filter emptied it and lifts it in one click', async ({ page }) => {
  await page.goto('./?lang=en&person=kerry,zarif&mode=all');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove “all of them together” (8 events)' }).click();
  await expect(page).not.toHaveURL(/mode=all/);
  await expect(listed(page)).toHaveCount(8);
});

test('chips remove one filter each; clear all removes every one; back restores them', async ({ page }) => {
  await openExplorer(page, '?lang=en&person=zarif&type=phone-call');
  await expect(listed(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove: Phone call' }).click();
  await expect(listed(page)).toHaveCount(4);
  await expect(page).not.toHaveURL(/type=/);
  await page.goBack();
  await expect(page).toHaveURL(/person=zarif&type=phone-call/);
  await expect(listed(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(listed(page)).toHaveCount(21);
});

test('facets filter by type, status, certainty and country with counts', async ({ page }) => {
  await openExplorer(page, '?lang=en');
  await filters(page).getByText('More filters').click();
  await filters(page)
    .getByRole('checkbox', { name: /^Planned \(2\)$|^planned \(2\)$/ })
    .check();
  await expect(listed(page)).toHaveCount(2);
  await filters(page)
    .getByRole('checkbox', { name: /^Iran \(0\)$/ })
    .check();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expect(page).toHaveURL(
    /status=planned&country=IR|country=IR.*status=planned|status=planned.*country=IR/,
  );
});

test('more filters opens and closes by keyboard, and its counts follow the filters set while it is open', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&person=zarif');
  const more = filters(page).getByText('More filters');
  const phoneCalls = filters(page).getByRole('checkbox', { name: /^Phone call \(\d+\)$/ });
  await expect(phoneCalls).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  // Zarif's phone calls: the same three the list keeps for person=zarif&type=phone-call.
  await expect(filters(page).getByRole('checkbox', { name: 'Phone call (3)' })).toBeVisible();
  // Removing Zarif while the panel is open counts again under what is left: every phone call.
  await page.getByRole('button', { name: 'Remove: Mohammad Javad Zarif' }).click();
  await expect(filters(page).getByRole('checkbox', { name: 'Phone call (3)' })).toBeHidden();
  // Its name is the label it sits in, "Phone call (N)".
  const label = await phoneCalls.evaluate((box) => box.closest('label')?.textContent ?? '');
  const count = Number(/\((\d+)\)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(3);
  await phoneCalls.check();
  await expect(listed(page)).toHaveCount(count);
  await more.focus();
  await page.keyboard.press('Space');
  await expect(phoneCalls).toBeHidden();
  await expect(listed(page)).toHaveCount(count);
});

test('a shared link opens the same filtered view; a malformed one shows a notice and the unfiltered view', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&person=zarif&q=Vienna');
  await expect(listed(page)).toHaveText([/Lavrov–Zarif meeting in Vienna/]);
  await expect(page.getByRole('button', { name: 'Remove: Mohammad Javad Zarif' })).toBeVisible();

  await openExplorer(page, '?lang=en&type=dinner&from=2015-13-01&mode=sometimes');
  await expect(
    page.getByRole('status').filter({ hasText: 'Parts of the link were not understood' }),
  ).toContainText('type=dinner');
  await expect(listed(page)).toHaveCount(21);
});

test('English is complete: no Arabic interface text in the controls, and the layout is mirrored', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&person=lavrov');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // Quotes of the article (the date as written) are data and stay Arabic; everything else is English.
  await page.locator('.as-written').evaluateAll((nodes) => {
    for (const node of nodes) node.remove();
  });
  const controls = await page.locator('.filter-bar, .tl-toolbar, .tl-gutter, .events-pane').allInnerTexts();
  expect(controls.join('\n')).not.toMatch(/[\u0600-\u06FF]/);
  const bar = await filters(page).boundingBox();
  const search = await filters(page).getByRole('searchbox').boundingBox();
  expect(search && bar && search.x - bar.x < bar.width / 2).toBe(true);
});

test('axe finds no violation of any impact with filters set and open', async ({ page }) => {
  await openExplorer(page, '?person=lavrov,kerry&mode=all&q=%D9%83%D9%8A%D8%B1%D9%8A');
  await filters(page).getByText('مرشحات أخرى').click();
  expect(await axeViolations(page)).toEqual([]);
});

test('counts take the Arabic plural form of their number, and the English singular', async ({ page }) => {
  const counted = (text: string) => page.locator('.events-pane .count').filter({ hasText: text });
  await openExplorer(page, '?type=decision');
  await expect(counted('حدث واحد بالترتيب الزمني')).toBeVisible();
  await openExplorer(page, '?type=decision,planned-visit');
  await expect(counted('حدثان بالترتيب الزمني')).toBeVisible();
  await openExplorer(page, '?person=kerry');
  await expect(counted('٤ أحداث بالترتيب الزمني')).toBeVisible();
  await expect(filters(page).getByText('٤ من ٢١ حدثًا')).toBeVisible();
  await openExplorer(page, '?person=lavrov');
  await expect(counted('١٣ حدثًا بالترتيب الزمني')).toBeVisible();
  await openExplorer(page, '?type=decision&lang=en');
  await expect(counted('1 event in time order')).toBeVisible();
});

test('counts of 0, 3, 11 and 100 events take their Arabic forms', async ({ page }) => {
  const counted = (text: string) => page.locator('.events-pane .count').filter({ hasText: text });
  // No event says the word: the count is nought, and the empty list says how to widen the search.
  await page.goto('./?q=%D8%B2%D9%85%D8%A8%D8%A7%D8%A8%D9%88%D9%8A');
  await expect(filters(page).getByText('٠ من ٢١ حدثًا')).toBeVisible();
  await openExplorer(page, '?type=ongoing-contacts');
  await expect(counted('٣ أحداث بالترتيب الزمني')).toBeVisible();
  await expect(filters(page).getByText('٣ من ٢١ حدثًا')).toBeVisible();
  await openExplorer(page, '?type=phone-call,meeting');
  await expect(counted('١١ حدثًا بالترتيب الزمني')).toBeVisible();

  // The seed's 21 events and copies of them under new ids, 100 in all: «١٠٠ حدث» takes the singular.
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const record = await response.json();
    const own = record.events as { id: string; when: { relativeTo: { kind: string }; certainty: string } }[];
    // Copies that need nothing else in the record: no date relative to another event or from a note.
    const copies = own.filter((e) => e.when.relativeTo.kind !== 'event' && e.when.certainty !== 'outside');
    record.events = [
      ...own,
      ...[...Array(10).keys()].flatMap((n) => copies.map((e) => ({ ...e, id: `${e.id}-copy-${n}` }))),
    ].slice(0, 100);
    await route.fulfill({ response, json: record });
  });
  await openExplorer(page);
  await expect(counted('١٠٠ حدث بالترتيب الزمني')).toBeVisible();
  await expect(filters(page).getByText('١٠٠ من ١٠٠ حدث')).toBeVisible();
});

test('in English every placeholder fits its field, and two chosen people keep the fields on one row', async ({
  page,
}) => {
  for (const search of ['?lang=en', '?lang=en&person=lavrov,kerry', '?person=lavrov,kerry']) {
    await openExplorer(page, search);
    const fields = await filters(page)
      .locator('input[placeholder]')
      .evaluateAll((inputs) =>
        inputs.map((input) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d');
          if (!context) throw new Error('no canvas');
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room =
            input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
          return {
            fits: context.measureText((input as HTMLInputElement).placeholder).width <= room,
            top: Math.round(input.getBoundingClientRect().top),
          };
        }),
      );
    expect(fields, search).toHaveLength(4);
    expect(
      fields.every((f) => f.fits),
      search,
    ).toBe(true);
    expect(new Set(fields.map((f) => f.top)).size, search).toBe(1);
  }
  await expect(filters(page).getByRole('group', { name: 'أحداث تضم' })).toBeVisible();
});
