import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openExplorer, SEED, withoutShards } from './helpers.ts';

interface SeedEvent {
  id: string;
  evidence: { paragraph: number; start: number; end: number }[];
}
const record = JSON.parse(readFileSync(`data/articles/${SEED}.json`, 'utf8')) as {
  paragraphs: string[];
  events: SeedEvent[];
};
/** Each seed event's evidence, as the article's own words between the span's offsets. */
const quotesOf = (id: string) =>
  (record.events.find((e) => e.id === id)?.evidence ?? []).map((s) =>
    (record.paragraphs[s.paragraph] ?? '').slice(s.start, s.end),
  );

/** What print emulation shows of the list: each visible item's event, date line, meta line and quotes. */
async function printedList(page: Page) {
  await page.emulateMedia({ media: 'print' });
  // The print list is rendered on the media query's change event, a frame after the emulation: until
  // then the screen list is what shows (its date line has no space before the quoted words).
  await expect(page.locator('.print-list')).toBeAttached();
  // A quote reads "Loading the article’s text…" until the text has arrived (after a fresh load).
  await expect(page.locator('.print-list p.muted')).toHaveCount(0);
  const items = page.locator('.events-pane li:visible');
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      id: (li.querySelector('[data-event-id]') ?? li).getAttribute('data-event-id') ?? '',
      date: li.querySelector('.event-date')?.textContent ?? '',
      meta: li.querySelector('.event-meta')?.textContent ?? '',
      quotes: [...li.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
    })),
  );
}

/** The number in the filter bar's count ("6 of 21 events"). */
const shownCount = async (page: Page) =>
  Number((await page.locator('.filter-status .count').textContent())?.match(/^\d+/)?.[0]);

test('printing shows every filtered event with its date, participants and evidence, and no buttons', async ({
  page,
}) => {
  for (const [search, count] of [
    ['?lang=en', 21],
    ['?lang=en&person=lavrov&type=phone-call', 6],
  ] as const) {
    await openExplorer(page, search);
    await expect(page.locator('.filter-status .count')).toHaveText(`${count} of 21 events`);
    const printed = await printedList(page);
    expect(printed).toHaveLength(await shownCount(page));
    for (const item of printed)
      expect({ id: item.id, quotes: item.quotes }).toEqual({ id: item.id, quotes: quotesOf(item.id) });
    expect(printed.every((item) => item.quotes.length > 0)).toBe(true);
    await expect(page.locator('button:visible, [role="button"]:visible, summary:visible')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
  }
  await openExplorer(page, '?lang=en&person=lavrov&type=phone-call');
  const printed = await printedList(page);
  expect(printed.find((item) => item.id === 'lavrov-zarif-call-today')).toMatchObject({
    date: '27 October 2015',
    meta: 'Phone call · Mohammad Javad Zarif, Sergey Lavrov · inferred',
  });
  expect(printed.find((item) => item.id === 'lavrov-kerry-call-2')).toMatchObject({
    date: '26 October 2015 “أمس”',
    meta: 'Phone call · Sergey Lavrov, John Kerry',
  });
});

test('with the list switched off on screen, paper still gets the filtered list', async ({ page }) => {
  await page.goto('./?lang=en&person=lavrov&type=phone-call&view=timeline');
  await expect(page.locator('.tl-mark').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events' })).toBeHidden();
  const printed = await printedList(page);
  expect(printed.map((item) => item.id).sort()).toEqual(
    [
      'lavrov-kerry-call-1',
      'lavrov-kerry-call-2',
      'lavrov-kerry-call-3',
      'lavrov-zarif-call-today',
      'lavrov-zarif-call-yesterday',
      'lavrov-zarif-call-day-before',
    ].sort(),
  );
});

test('printing keeps the timeline as it stands with its legend open, without its controls or a pane that scrolls', async ({
  page,
}) => {
  await openExplorer(page, '?lang=en&window=2015-10-25..2015-10-28');
  const plot = page.locator('.tl-plot');
  await expect(plot).toHaveAttribute('data-from', '2015-10-25T00:00:00.000Z');
  const marks = await page.locator('.tl-mark').count();
  await page.emulateMedia({ media: 'print' });
  await expect(plot).toBeVisible();
  await expect(plot).toHaveAttribute('data-from', '2015-10-25T00:00:00.000Z');
  await expect(plot).toHaveAttribute('data-to', '2015-10-29T00:00:00.000Z');
  await expect(page.locator('.tl-mark')).toHaveCount(marks);
  await expect(page.locator('.tl-controls')).toBeHidden();
  // The legend prints open, without the summary one would click on screen.
  await expect(page.locator('.tl-legend summary')).toBeHidden();
  await expect(page.locator('.tl-legend > :not(summary)').first()).toBeVisible();
  const scrolling = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.checkVisibility())
      .filter((e) => {
        const s = getComputedStyle(e);
        return /auto|scroll/.test(`${s.overflowX} ${s.overflowY}`) && e.scrollHeight > e.clientHeight + 1;
      })
      .map((e) => e.className),
  );
  expect(scrolling).toEqual([]);
});

test('a list paged on screen prints whole: 234 events, each with its evidence', async ({ page }) => {
  // The seed's 18 events dated on their own, thirteen times over under new ids (as many-events.spec).
  await withoutShards(page);
  await page.route(`**/data/articles/${SEED}.json`, async (route) => {
    const response = await route.fetch();
    const seed = await response.json();
    const copies = [];
    for (let n = 0; n < 13; n++) {
      for (const event of seed.events) {
        if (event.when.relativeTo.kind === 'event') continue;
        copies.push({ ...event, id: `${event.id}-${n}` });
      }
    }
    const ids = new Set(copies.map((e) => e.id));
    const notes = seed.notes.map((note: { about: { events: string[] } }) => ({
      ...note,
      about: {
        ...note.about,
        events: note.about.events
          .flatMap((id) => [...Array(13).keys()].map((n) => `${id}-${n}`))
          .filter((id) => ids.has(id)),
      },
    }));
    await route.fulfill({ response, json: { ...seed, events: copies, notes } });
  });
  await page.goto('./?lang=en');
  // A record of 234 events is validated in full (no shard): slower than the seed on a busy machine.
  await expect(page.locator('.event-list .event-item')).toHaveCount(100, { timeout: 20_000 });
  const printed = await printedList(page);
  expect(printed).toHaveLength(234);
  expect(printed.every((item) => item.quotes.length > 0 && item.quotes.every((q) => q.length > 0))).toBe(
    true,
  );
  expect(printed.at(-1)?.quotes).toEqual(quotesOf((printed.at(-1)?.id ?? '').replace(/-\d+$/, '')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-list')).toHaveCount(0);
  await expect(page.locator('.event-list .event-item')).toHaveCount(100);
});
