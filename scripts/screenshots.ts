// Takes the README's pictures from the built app: `npm run screenshots` (builds and serves it itself).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4191;
const shots: { file: string; search: string; width: number; height: number; element?: string }[] = [
  { file: 'explorer-ar.png', search: '?event=lavrov-kerry-call-1', width: 1400, height: 1000 },
  { file: 'filters-en.png', search: '?lang=en&person=lavrov,kerry&mode=all', width: 1400, height: 1000 },
  {
    file: 'graph-en.png',
    search: '?lang=en&event=vienna-quartet',
    width: 1400,
    height: 900,
    element: '.graph-pane',
  },
  {
    file: 'timeline-ar.png',
    search: '?event=lavrov-kerry-call-1',
    width: 1400,
    height: 900,
    element: '.timeline',
  },
  {
    file: 'timeline-en.png',
    search: '?lang=en&lanes=person&event=vienna-quartet',
    width: 1400,
    height: 900,
    element: '.timeline',
  },
  {
    file: 'reader-ar.png',
    search: '?event=lavrov-kerry-call-1',
    width: 1400,
    height: 900,
    element: '.workspace',
  },
  { file: 'phone-ar.png', search: '?event=lavrov-zarif-call-today', width: 360, height: 740 },
];

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`http://127.0.0.1:${PORT}/${shot.search}`);
    await page.locator('.event-list').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800);
    const path = `docs/screenshots/${shot.file}`;
    if (shot.element) await page.locator(shot.element).screenshot({ path });
    else await page.screenshot({ path });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  await browser.close();
} finally {
  server.kill();
}
