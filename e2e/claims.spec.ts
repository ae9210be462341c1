import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, SEED } from './helpers.ts';

const SEED_FILE = `data/articles/${SEED}.json`;
const COURIER = 'e2e/fixtures/invented-claims-courier.json';
const DIGEST = 'e2e/fixtures/invented-claims-digest.json';
const listed = (page: Page) => page.locator('.event-list .event-item');

/** Opens the explorer with nothing bundled and the records picked in the given order. */
async function pick(page: Page, files: string[], events = 21) {
  await page.goto('./?lang=en&bundled=no');
  await page.getByLabel('Open article files…').setInputFiles(files);
  await expect(page.getByText(`${events} of ${events} events`)).toBeVisible();
}

/** What the timeline draws: each mark's event, where, and whether it is marked as disputed. */
async function timelineMarks(page: Page) {
  return page
    .locator('.tl-mark')
    .evaluateAll((marks) =>
      marks.map((mark) => [
        mark.getAttribute('data-event-id'),
        mark.getAttribute('data-status'),
        mark.getAttribute('data-disputed'),
        mark.querySelector('g')?.getAttribute('transform') ?? null,
      ]),
    );
}

test('the seed and two records that report its events give the same timeline in either order', async ({
  page,
}) => {
  await pick(page, [SEED_FILE, COURIER, DIGEST]);
  const forward = await timelineMarks(page);
  const forwardList = await listed(page).allInnerTexts();
  await pick(page, [DIGEST, COURIER, SEED_FILE]);
  expect(await timelineMarks(page)).toEqual(forward);
  expect(await listed(page).allInnerTexts()).toEqual(forwardList);

  // Every event the records disagree on carries the marker, and only those.
  const disputed = forward.filter(([, , fields]) => fields !== null).map(([id, , fields]) => [id, fields]);
  expect(disputed).toEqual([
    ['vienna-four', 'participants'],
    ['lavrov-kerry-call-1', 'when'],
    ['lavrov-zarif-saturday', 'type status'],
    ['paris-meeting', 'status participants'],
  ]);
  // The article menu says how many events each article shares with the others.
  await expect(
    page.getByRole('combobox', { name: 'Article' }).locator(`option[value="${SEED}"]`),
  ).toContainText('4 events shared with other articles');
  await expect(
    page
      .getByRole('combobox', { name: 'Article' })
      .locator('option[value="invented-claims-courier-2015-10-23"]'),
  ).toContainText('2 events shared with other articles');
  const marker = page.locator('.tl-mark[data-event-id="lavrov-zarif-saturday"] .tl-disputed');
  await expect(marker).toHaveCount(1);
  await expect(marker.locator('title')).toHaveText('sources disagree');
});

test('details show every claim, the agreed value plainly and a disagreement as one', async ({ page }) => {
  await pick(page, [COURIER, SEED_FILE, DIGEST]);
  await listed(page).filter({ hasText: 'Lavrov–Zarif call (invented report)' }).click();
  await expect(page).toHaveURL(/event=lavrov-zarif-saturday/);
  const details = page.locator('.details');
  await expect(details.locator('.details-type')).toHaveText('Phone call · occurred');
  const claims = details.getByRole('region', { name: 'What each source says' });
  await expect(claims.getByText('Reported by 3 articles')).toBeVisible();
  await expect(claims.locator('[data-field="type"] dd')).toHaveText(
    'Invented Evening Courier: Meeting · Syrian Arab News Agency (SANA): Meeting · Invented Wire Digest: Phone call ' +
      'Shown: what the latest report published after the event says.',
  );
  await expect(claims.locator('[data-field="status"] dd')).toContainText(
    'Invented Evening Courier, before it happened: planned · Syrian Arab News Agency (SANA): occurred · Invented Wire Digest: occurred',
  );
  await expect(claims.locator('.claim')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
  await expect(claims.locator('.claim').nth(0)).toContainText(
    'Invented Evening Courier, published 23 October 2015: Four ministers meet in Vienna',
  );
  await expect(claims.locator('.claim').nth(0).locator('blockquote')).toContainText(
    'Sergey Lavrov will meet Mohammad Javad Zarif in Vienna on Saturday',
  );
  await expect(claims.locator('.claim').nth(1).locator('blockquote')).toHaveCount(1);
  await expect(claims.locator('.claim').nth(2)).toContainText(
    'Phone call · occurred · 24 October 2015 (“on Saturday”)',
  );
});

test('an event one article reports has no claims section; Arabic names the count in its plural form', async ({
  page,
}) => {
  await pick(page, [SEED_FILE, DIGEST, 'e2e/fixtures/invented-test-wire.json'], 22);
  await listed(page).filter({ hasText: 'Lavrov–Makei talks' }).first().click();
  await expect(page.locator('.details .claims')).toHaveCount(0);
  // Two reports of the third call that agree: said plainly, with no disagreement.
  await listed(page).filter({ hasText: 'the third in three days' }).click();
  await expect(page.locator('.details .claims-agreed')).toHaveText(
    'The sources agree on type, date, status, place and participants.',
  );
  await expect(page.locator('.details .claims-disagreements')).toHaveCount(0);
  await expect(page.locator('.details .claim')).toHaveCount(2);
  await listed(page).filter({ hasText: 'First of three Lavrov–Kerry phone calls' }).click();
  await page.getByRole('button', { name: 'التبديل إلى الواجهة العربية' }).click();
  await expect(page.locator('.details .claims')).toContainText('يرويه مقالان');
  await expect(page.locator('.details [data-field="when"] dd')).toHaveText(
    'الوكالة العربية السورية للأنباء (سانا): ٢٥ تشرين الأول ٢٠١٥؛ نشرة وكالات مختلقة للاختبار: ٢٤ تشرين الأول ٢٠١٥ ' +
      'المعروض: ما قاله تقرير عن وقوعه قبل موعد مُعلَن، والمصرَّح به قبل المستنتَج فالخارجي، ثم أضيق مدة تتفق مع البقية.',
  );
});

test('the window widens to take in the events of a file opened beside the bundled seed', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByText('21 of 21 events')).toBeVisible();
  const plot = page.locator('.tl-plot');
  const before = [await plot.getAttribute('data-from'), await plot.getAttribute('data-to')];
  expect(Date.parse(before[1] ?? '')).toBeLessThan(Date.UTC(2015, 10, 2));
  await page.getByLabel('Open article files…').setInputFiles(['e2e/fixtures/invented-test-wire.json']);
  await expect(page.getByText('22 of 22 events')).toBeVisible();
  // The wire's Cairo visit (2 November) comes into view; the start stays where it was; no date filter.
  await expect(plot).toHaveAttribute('data-to', '2015-11-05T00:00:00.000Z');
  await expect(plot).toHaveAttribute('data-from', before[0] ?? '');
  await expect(page.locator('.tl-mark[data-event-id="lavrov-cairo-visit"]')).toHaveCount(1);
  await expect(page).toHaveURL(/window=/);
  await expect(page).not.toHaveURL(/[?&](from|to)=/);
  // A drag moves the widened window, at its width: it starts from what is shown, not the window before.
  const span = async () =>
    Date.parse((await plot.getAttribute('data-to')) ?? '') -
    Date.parse((await plot.getAttribute('data-from')) ?? '');
  const widened = await span();
  expect(widened).toBeGreaterThan(Date.parse(before[1] ?? '') - Date.parse(before[0] ?? '') + 86_400_000);
  const box = await plot.boundingBox();
  if (!box) throw new Error('the plot has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + 20, { steps: 4 });
  await page.mouse.up();
  await expect(plot).not.toHaveAttribute('data-to', '2015-11-05T00:00:00.000Z');
  expect(Math.abs((await span()) - widened)).toBeLessThan(60_000);
});

test('a version 2 record (time of day, quote, anonymous source, groups) loads beside a version 1 record', async ({
  page,
}) => {
  await page.goto('./?lang=en&bundled=no');
  await page
    .getByLabel('Open article files…')
    .setInputFiles(['e2e/fixtures/invented-claims-v2-wire.json', 'e2e/fixtures/invented-test-wire.json']);
  await expect(listed(page)).toHaveCount(3);
  await listed(page).filter({ hasText: 'Foreign ministers meet in Vienna (invented report)' }).click();
  await expect(page.locator('.details')).toContainText(
    'Foreign ministers of the US, Russia, Turkey and Saudi Arabia',
  );
  await expect(page.locator('.details')).toContainText('About twenty parties');
  // What version 2 adds, as the details show it: time of day, the quote and its speaker, the sources.
  const report = page.locator('.details .report-details');
  await expect(report.locator('dd').nth(0)).toHaveText('“مساء اليوم” Europe/Vienna');
  await expect(report.locator('.report-quote')).toHaveText('John Kerry: “آن أوان العمل معًا” (direct speech)');
  await expect(report.locator('dd').nth(2)).toHaveText('مصدر دبلوماسي (unnamed source) → AFP (news agency)');
});

test('a plan kept to another day shows both moments: the day planned and the day it happened', async ({
  page,
}) => {
  // The courier, written so that on Friday it expects the Lavrov–Zarif meeting on Sunday.
  const record = JSON.parse(readFileSync(COURIER, 'utf8'));
  record.paragraphs[2] = record.paragraphs[2].replace('on Saturday', 'on Sunday');
  const event = record.events[1];
  event.evidence[0].quote = event.evidence[0].quote.replace('on Saturday', 'on Sunday');
  event.evidence[0].end -= 2;
  Object.assign(event.when, { text: 'on Sunday', start: '2015-10-25', end: '2015-10-25' });
  await page.goto('./?lang=en&bundled=no');
  await page.getByLabel('Open article files…').setInputFiles([
    { name: 'seed.json', mimeType: 'application/json', buffer: readFileSync(SEED_FILE) },
    {
      name: 'courier-sunday.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(record)),
    },
  ]);
  await expect(page.getByText('21 of 21 events')).toBeVisible();
  const mark = page.locator('.tl-mark[data-event-id="lavrov-zarif-saturday"]');
  await expect(mark).toHaveAttribute('data-disputed', 'when status');
  await expect(mark.locator('.tl-planned-at title')).toHaveText('The day an earlier report planned it for');
  // The plan's ring stands one day (Sunday) from the meeting's glyph (Saturday), later in time.
  const ring = Number(await mark.locator('.tl-planned-at circle').getAttribute('cx'));
  const glyph = await mark.locator('.tl-planned-at line').getAttribute('x2');
  expect(ring).toBeGreaterThan(Number(glyph));
});
