import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { readGazetteer } from '../src/cli/read-gazetteer.ts';
import { type DraftOutcome, draftArticle } from '../src/model/draft/draft-article.ts';

/** The invented article the editor tests paste (written for these tests; no real article's text). */
export const ARTICLE = readFileSync('e2e/fixtures/editor-article.txt', 'utf8');
export const PUBLISHED = '2022-06-14';

/** What the drafter makes of `text` on `date`, computed here as the app's worker computes it. */
export function expectedDraft(text = ARTICLE, date = PUBLISHED, source = 'وكالة مختلقة'): DraftOutcome {
  return draftArticle(
    text,
    { published: { date, time: null, timeZone: 'UTC' }, source },
    readGazetteer().gazetteer,
  );
}

/** The event cards, in record order. */
export const cards = (page: Page) => page.locator('.event-card');

/** The card of one event. */
export const card = (page: Page, id: string) => page.locator(`.event-card[data-event="${id}"]`);

/** Presses Tab (no mouse) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 250, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * Selects `quote` in the paragraph with the mouse: pressed at the start of its first character and
 * released at the end of its last (right and left edges in right-to-left text).
 */
export async function dragSelect(page: Page, paragraph: Locator, quote: string) {
  const box = await paragraph.evaluate((p, q) => {
    const text = p.textContent ?? '';
    const start = text.indexOf(q);
    const end = start + q.length;
    const rectAt = (offset: number) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let total = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < total + length) {
          const range = document.createRange();
          range.setStart(node, offset - total);
          range.setEnd(node, offset - total + 1);
          return range.getBoundingClientRect();
        }
        total += length;
      }
      throw new Error('offset outside the paragraph');
    };
    const first = rectAt(start);
    const last = rectAt(end - 1);
    const rtl = getComputedStyle(p).direction === 'rtl';
    return {
      from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
      to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
    };
  }, quote);
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move((box.from.x + box.to.x) / 2, box.to.y, { steps: 4 });
  await page.mouse.move(box.to.x, box.to.y, { steps: 4 });
  await page.mouse.up();
}

/** Opens the editor in `lang`, starts a new article, pastes the text and sets the details. */
export async function startDraft(page: Page, lang: 'ar' | 'en', text = ARTICLE, date = PUBLISHED) {
  await page.goto(`./editor.html${lang === 'en' ? '?lang=en' : ''}`);
  const en = lang === 'en';
  await page.getByRole('button', { name: en ? 'New article' : 'مقالة جديدة' }).click();
  await page.getByRole('textbox', { name: en ? 'Article text' : 'نص المقالة' }).fill(text);
  await page.getByLabel(en ? 'Publication date' : 'تاريخ النشر').fill(date);
  await page.getByLabel(en ? 'Source' : 'المصدر', { exact: true }).fill('وكالة مختلقة');
  await page.getByLabel(en ? 'Time zone' : 'المنطقة الزمنية').fill('UTC');
}

/** Every axe violation on the page, whatever its impact, as readable lines. */
export async function allViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Expects the page not to scroll sideways (a phone's 360 px must hold everything). */
export async function expectNoSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/** Puts `draft` in this browser's store of drafts as it is, whatever its shape (as an older version might). */
export async function keepDraft(page: Page, draft: { id: string } & Record<string, unknown>) {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rasd', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(value, value.id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    draft,
  );
}
