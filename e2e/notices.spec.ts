import { expect, type Locator, test } from '@playwright/test';
import { openExplorer, SEED, withoutShards } from './helpers.ts';

/** A notice's own words: without the file names, link pieces and raw details it quotes (kept as given). */
const ownWords = (notice: Locator) =>
  notice.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const quoted of copy.querySelectorAll('bdi, code, details')) quoted.remove();
    return copy.textContent ?? '';
  });

test('values a link names but the records do not hold are dropped with a notice, in Arabic words only', async ({
  page,
}) => {
  await openExplorer(page, '?person=nobody,kerry&country=XX&article=nosuch&colour=red&lanes=country');
  const notices = page.locator('.notice[role="status"]');
  await expect(notices.locator('li')).toHaveText([
    'colour=red — معامل غير معروف',
    'lanes=country — القيمة غير صالحة؛ المتوقع: المسارات حسب النوع أو حسب المشارك',
    'article=nosuch — لا مقالة محمّلة بهذا المعرّف',
    'person=nobody — لا شخص ولا جهة بهذا المعرّف في المقالات المحمّلة',
    'country=XX — لا مشارك من هذا البلد في المقالات المحمّلة',
  ]);
  for (const notice of await notices.all()) expect(await ownWords(notice)).not.toMatch(/[A-Za-z]/);
  // What was known stays: Kerry's four events, in every view.
  await expect(page.locator('.filter-status .count')).toHaveText('٤ من ٢١ حدثًا');
  await expect(page.locator('.event-item')).toHaveCount(4);
});

test('a parser error is told in Arabic, its own English words folded into a details disclosure', async ({
  page,
}) => {
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "sana", "paragraphs": [' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ليس بيانات منظّمة صالحة، فتعذّرت قراءته.');
  expect(await ownWords(alert)).not.toMatch(/[A-Za-z]/);
  const detail = alert.locator('details');
  await expect(detail.locator('code')).toBeHidden();
  await detail.locator('summary', { hasText: 'التفاصيل التقنية كما وردت' }).click();
  await expect(detail.locator('code')).toBeVisible();
  await expect(detail.locator('code')).toHaveAttribute('dir', 'auto');
  await expect(detail.locator('code')).toContainText('JSON');
});

test('a network error is told in English in the English interface, the detail folded away', async ({
  page,
}) => {
  await page.route('**/data/index.json', (route) => route.abort('connectionrefused'));
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert.locator('p').first()).toHaveText(
    'Could not fetch data/index.json: it did not arrive, the server refused it, or it does not let other sites read it.',
  );
  expect(await ownWords(alert)).not.toMatch(/[\u0600-\u06FF]/);
});

test('a network error is told in Arabic in the Arabic interface, the detail folded away', async ({
  page,
}) => {
  await page.route('**/data/index.json', (route) => route.abort('connectionrefused'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.locator('p').first()).toHaveText(
    'تعذّر جلب الملف data/index.json: لم يصل، أو رفض الخادم إرساله، أو لم يسمح لمواقع أخرى بقراءته.',
  );
  await expect(alert.locator('p bdi').first()).toHaveText('data/index.json');
  expect(await ownWords(alert)).not.toMatch(/[A-Za-z]/);
  const detail = alert.locator('details');
  await expect(detail.locator('summary')).toHaveText('التفاصيل التقنية كما وردت');
  await expect(detail.locator('code')).toHaveAttribute('dir', 'auto');
  await expect(detail.locator('code')).not.toBeEmpty();
});

test('a record with a field of the wrong type is told in Arabic, naming the file and the field; the rest is shown', async ({
  page,
}) => {
  await page.route('**/data/broken.json', async (route) => {
    const seed = await route.fetch({
      url: route.request().url().replace('data/broken.json', `data/articles/${SEED}.json`),
    });
    const record = await seed.json();
    record.id = 'broken-copy-of-the-seed';
    record.events[0].title.ar = 5;
    await route.fulfill({ json: record });
  });
  await openExplorer(page, '?src=data/broken.json');
  const notice = page.locator('.notice[role="alert"]');
  await expect(notice.locator('.failures > li > p')).toHaveText(
    'الملف data/broken.json لا يطابق مخطط المقالة (مشكلة واحدة):',
  );
  const problem = notice.locator('.problems li');
  await expect(problem.locator('p')).toHaveText('الحقل events.0.title.ar: المتوقع نص، والموجود عدد.');
  // The file and the field are the record's own text, each isolated; nothing is forced left-to-right.
  await expect(notice.locator('.failures > li > p bdi')).toHaveText('data/broken.json');
  await expect(problem.locator('p bdi')).toHaveText('events.0.title.ar');
  await expect(notice.locator('[dir="ltr"]')).toHaveCount(0);
  expect(await ownWords(notice)).not.toMatch(/[A-Za-z]/);
  // zod's own words are kept, folded away.
  const raw = problem.locator('details code');
  await expect(raw).toBeHidden();
  await problem.locator('summary', { hasText: 'التفاصيل التقنية كما وردت' }).click();
  await expect(raw).toBeVisible();
  await expect(raw).toHaveAttribute('dir', 'auto');
  await expect(raw).toHaveText(
    'data/broken.json: events.0.title.ar: Invalid input: expected string, received number',
  );
  // The seed beside it is listed whole.
  await expect(page.locator('.event-item')).toHaveCount(21);
});

test('dates in the list stand upright', async ({ page }) => {
  await openExplorer(page);
  const style = await page
    .locator('.event-date')
    .first()
    .evaluate((e) => getComputedStyle(e).fontStyle);
  expect(style).toBe('normal');
});

test('Arabic lines are separated by «؛», which no Arabic-Indic digit resembles', async ({ page }) => {
  await openExplorer(page, '?event=putin-salman-call');
  await expect(page.locator('.details-type')).toHaveText('اتصال هاتفي؛ جرى');
  await expect(page.locator('.event-meta').first()).not.toContainText('·');
});

test('a note about records loaded together is in Arabic, the model’s own words folded away', async ({
  page,
}) => {
  await page.route('**/data/twin.json', async (route) => {
    const seed = await route.fetch({
      url: route.request().url().replace('data/twin.json', `data/articles/${SEED}.json`),
    });
    const record = await seed.json();
    record.id = 'twin-of-the-seed';
    await route.fulfill({ json: record });
  });
  await openExplorer(page, '?src=data/twin.json');
  const note = page.locator('.notice').filter({ hasText: 'ملاحظة عن المقالات المحمّلة معًا' });
  await expect(note).toBeVisible();
  expect(await ownWords(note)).not.toMatch(/[A-Za-z]/);
  await expect(note.locator('details code').first()).toHaveAttribute('dir', 'auto');
  await expect(note.locator('details code').first()).toContainText('is also used by another article');
});

test('a record that is not UTF-8 is told in Arabic words only, the encodings named in Arabic letters', async ({
  page,
}) => {
  // Arabic in windows-1256 (not valid UTF-8), and a record saved as UTF-16 with its byte-order mark.
  const arabic1256 = Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]);
  await page.route('**/data/legacy.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: Buffer.concat([Buffer.from('{"id": "legacy", "headline": "'), arabic1256, Buffer.from('"}')]),
    }),
  );
  await page.route('**/data/wide.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: Buffer.from('\ufeff{"id": "wide"}', 'utf16le') }),
  );
  await page.goto('./?src=data/legacy.json&src=data/wide.json');
  const alert = page.getByRole('alert');
  await expect(alert.locator('.failures li')).toHaveText([
    'الملف data/legacy.json ليس نصًّا بترميز يونيكود (يو تي إف-٨)؛ يبدو أنه مكتوب بترميز ويندوز العربي ١٢٥٦. احفظه بترميز يونيكود (يو تي إف-٨) ثم افتحه.',
    'الملف data/wide.json ليس نصًّا بترميز يونيكود (يو تي إف-٨)؛ يبدو أنه مكتوب بترميز يو تي إف-١٦. احفظه بترميز يونيكود (يو تي إف-٨) ثم افتحه.',
  ]);
  expect(await ownWords(alert)).not.toMatch(/[A-Za-z]/);
  // The English interface keeps the usual name.
  await page.goto('./?lang=en&src=data/wide.json');
  await expect(page.getByRole('alert').locator('.failures li')).toHaveText(
    'data/wide.json is not UTF-8 text (it looks like UTF-16). Save it as UTF-8 and open it again.',
  );
});

test('the editor says a file is not UTF-8 in Arabic words only', async ({ page }) => {
  await page.goto('./editor.html');
  await page.getByRole('button', { name: 'مقالة جديدة' }).click();
  await page.getByLabel('فتح ملف ‎.txt‎ أو ‎.html‎').setInputFiles({
    name: 'old.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]),
  });
  const note = page.locator('.file-open .field-error');
  await expect(note).toHaveText(
    'الملف old.txt ليس نصًا بترميز يونيكود المعتاد (يو تي إف-٨)؛ احفظه به ثم افتحه.',
  );
  expect((await note.textContent())?.replace('old.txt', '')).not.toMatch(/[A-Za-z]/);
  // The name is the reader's own text, isolated from the Arabic sentence around it.
  await expect(note.locator('bdi')).toHaveText('old.txt');
});
