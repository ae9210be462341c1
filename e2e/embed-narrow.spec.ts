import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page, test } from '@playwright/test';

const APP_PORT = Number(process.env.RASD_E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
const APP = `http://127.0.0.1:${APP_PORT}`;
const pasted = (html: string) => `${HOST}/paste?body=${Buffer.from(html).toString('base64url')}`;

const LANES = { ar: 'المسارات', en: 'Lanes' } as const;

async function openEmbed(page: Page, search: string) {
  await page.goto(`${APP}/embed.html?${search}`);
  // A first visit reads and checks the records: slow on a busy machine.
  await expect(page.locator('.tl-mark').first()).toBeVisible({ timeout: 15_000 });
  // Boxes are compared once the page is in the fonts it keeps (helpers.ts's openExplorer says why).
  await page.evaluate(() => document.fonts.ready);
}

test('axe finds no violation of any impact on the embed, in Arabic, English and dark', async ({ page }) => {
  // Four pages, each read whole by axe.
  test.slow();
  for (const search of [
    '',
    'lang=en',
    'theme=dark',
    'lang=en&theme=dark&view=timeline,graph&event=paris-meeting',
  ]) {
    await openEmbed(page, search);
    // The graph's code is fetched after the timeline's first frame: axe reads it once it is drawn.
    if (search.includes('graph')) {
      await expect(page.locator('.graph-edge-hit').first()).toBeAttached({ timeout: 15_000 });
    }
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${search}: ${v.id} (${v.impact})`);
    expect(found).toEqual([]);
  }
});

for (const lang of ['ar', 'en'] as const) {
  test(`at 320 × 480 (${lang}) the lane switch keeps to one line and nothing runs off sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await openEmbed(page, `lang=${lang}`);
    const lanes = page.getByRole('group', { name: LANES[lang] });
    const measure = await lanes.evaluate((group) => {
      const legend = group.querySelector('legend') as HTMLElement;
      const lineHeight = Number.parseFloat(getComputedStyle(legend).lineHeight);
      const g = group.getBoundingClientRect();
      const l = legend.getBoundingClientRect();
      return {
        group: g.height,
        legendLines: Math.round(l.height / lineHeight),
        legendInside: l.top >= g.top && l.bottom <= g.bottom,
        buttons: [...group.querySelectorAll('button')].map((b) => b.getBoundingClientRect().height),
      };
    });
    // One row: the label and both buttons side by side, each button one line of text (36 px high).
    expect(measure).toEqual({ group: 36, legendLines: 1, legendInside: true, buttons: [36, 36] });
    // No label of the toolbar breaks over two lines ("Res|et"), and none sticks out of the pane.
    const toolbar = await page.locator('.timeline').evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      return [...pane.querySelectorAll('.tl-toolbar button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { height: r.height, inside: r.left >= box.left && r.right <= box.right };
      });
    });
    expect(toolbar).toEqual(toolbar.map(() => ({ height: 36, inside: true })));
    const overflow = await page.evaluate(() =>
      ['html', '.embed', '.timeline', '.tl-toolbar'].map((selector) => {
        const e = document.querySelector(selector) as HTMLElement;
        return e.scrollWidth - e.clientWidth;
      }),
    );
    expect(overflow).toEqual([0, 0, 0, 0]);
  });
}

test('ongoing contacts stand out from the dark lanes at 3:1, as every mark does', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await openEmbed(page, 'theme=dark');
  const bars = page.locator('.tl-mark[data-status="ongoing"] .tl-bar > rect');
  await expect(bars).toHaveCount(3);
  const contrasts = await bars.evaluateAll((rects) => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((c) => (c ?? 0) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const lanes = [...document.querySelectorAll('.tl-lane')].map((l) => rgb(getComputedStyle(l).fill));
    return rects.map((rect) => {
      const style = getComputedStyle(rect);
      // What the eye sees of the bar: its outline when drawn, else its fill mixed with the lane.
      const seen = (lane: number[]) => {
        if (style.stroke !== 'none') return rgb(style.stroke);
        const alpha = Number(style.fillOpacity);
        return rgb(style.fill).map((c, i) => alpha * c + (1 - alpha) * (lane[i] ?? 0));
      };
      return Math.min(...lanes.map((lane) => ratio(seen(lane), lane))) >= 3;
    });
  });
  expect(contrasts).toEqual([true, true, true]);
});

/** The tooltip's box, how much of it shows (clipped by its scrolling or clipping ancestors and the viewport). */
async function tooltipFit(frame: Frame) {
  return frame.locator('.tl-tooltip').evaluate((tip) => {
    const box = tip.getBoundingClientRect();
    let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
    // A fixed box is clipped by the viewport only (no ancestor here has a transform).
    if (getComputedStyle(tip).position !== 'fixed') {
      for (let a = tip.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, r.left),
          Math.max(top, r.top),
          Math.min(right, r.right),
          Math.min(bottom, r.bottom),
        ];
      }
    }
    const view = document.documentElement;
    const shown =
      Math.max(0, Math.min(right, view.clientWidth) - Math.max(left, 0)) *
      Math.max(0, Math.min(bottom, view.clientHeight) - Math.max(top, 0));
    return Math.round((shown / (box.width * box.height)) * 100);
  });
}

/** The marks whose glyphs are nearest each edge of the plot (glyphs inside it). */
async function edgeMarks(frame: Frame): Promise<string[]> {
  return frame.locator('.tl-plot').evaluate((plot) => {
    const p = plot.getBoundingClientRect();
    const glyphs = [...plot.querySelectorAll<SVGGElement>('.tl-mark')].flatMap((mark) => {
      const glyph = mark.querySelector('g[transform^="translate"] > path');
      if (!glyph) return [];
      const r = glyph.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return x > p.left && x < p.right && y > p.top && y < p.bottom
        ? [{ id: mark.dataset.eventId ?? '', x, y }]
        : [];
    });
    const by = (key: (g: { x: number; y: number }) => number) =>
      glyphs.reduce((best, g) => (key(g) < key(best) ? g : best)).id;
    return [...new Set([by((g) => g.x), by((g) => -g.x), by((g) => g.y), by((g) => -g.y)])];
  });
}

/** Scrolls the event's glyph to the top or bottom of the frame's view and rests the pointer on it. */
async function hoverAt(
  page: Page,
  frame: Frame,
  id: string,
  block: 'start' | 'end',
  offset = { x: 0, y: 0 },
) {
  const centre = await frame
    .locator(`.tl-mark[data-event-id="${id}"] g[transform^="translate"] > path`)
    .first()
    .evaluate((glyph, where) => {
      glyph.scrollIntoView({ block: where, inline: 'nearest' });
      const r = glyph.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, block);
  await page.mouse.move(offset.x + centre.x, offset.y + centre.y);
  await expect(frame.locator('.tl-tooltip')).toBeVisible();
}

for (const lang of ['ar', 'en'] as const) {
  test(`the tooltip shows whole at every edge of a 320 px embed (${lang}), by pointer and by keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await openEmbed(page, `lang=${lang}`);
    const frame = page.mainFrame();
    const marks = await edgeMarks(frame);
    expect(marks.length).toBeGreaterThanOrEqual(3);
    for (const id of marks) {
      for (const block of ['start', 'end'] as const) {
        await hoverAt(page, frame, id, block);
        expect(`${id} ${block}: ${await tooltipFit(frame)}%`).toBe(`${id} ${block}: 100%`);
      }
    }
    await page.mouse.move(0, 0);
    await page.locator('.tl-plot').focus();
    for (const key of ['Home', 'End']) {
      await page.keyboard.press(key);
      await expect(page.locator('.tl-tooltip')).toBeVisible();
      expect(`${key}: ${await tooltipFit(frame)}%`).toBe(`${key}: 100%`);
    }
  });
}

test('the tooltip shows whole inside an iframe shorter than the timeline', async ({ page }) => {
  await page.goto(
    pasted(
      `<iframe id="e" src="${APP}/embed.html?lang=en&height=220" title="Rasd" style="width:320px;height:220px;border:0"></iframe>`,
    ),
  );
  const frameElement = page.locator('#e');
  await expect(page.frameLocator('#e').locator('.tl-mark').first()).toBeVisible({ timeout: 15_000 });
  const frame = page.frames().find((f) => f.url().includes('/embed.html')) as Frame;
  const at = (await frameElement.boundingBox()) ?? { x: 0, y: 0 };
  const marks = await edgeMarks(frame);
  expect(marks.length).toBeGreaterThanOrEqual(3);
  for (const id of marks) {
    for (const block of ['start', 'end'] as const) {
      await hoverAt(page, frame, id, block, at);
      expect(`${id} ${block}: ${await tooltipFit(frame)}%`).toBe(`${id} ${block}: 100%`);
    }
  }
});
