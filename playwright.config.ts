import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromium-launch.mjs';

const port = Number(process.env.RASD_E2E_PORT ?? 4173);
/** A second origin for the pages that embed Rasd. */
const HOST_PORT = port + 1;
/** Where the e2e build goes; a separate folder lets two runs on one machine not overwrite each other. */
const outDir = process.env.RASD_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.RASD_E2E_ARTIFACTS ?? 'test-reports/e2e-artifacts',
  fullyParallel: true,
  // One browser at a time on CI, as on a two-core machine by default: with two, each test's loads
  // and route handlers took two to four times as long (a shard intercepted by a test took 3 s to
  // fetch), and a test that reads records through two rounds of requests ran past 10 s.
  workers: process.env.CI ? 1 : undefined,
  retries: 0,
  timeout: 30_000,
  // CI machines are shared and slower than this one: a first load under load took 5 s here with a
  // core taken. Waiting longer for a right value changes nothing about what a wrong value does.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.RASD_E2E_REPORT ?? 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1300, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunch(),
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /-budget\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1300, height: 900 } },
    },
    {
      // Time budgets (no long task over 200 ms) are measured after every other test, so that no other
      // browser shares the machine's cores with the page being timed.
      name: 'budget',
      testMatch: /-budget\.spec\.ts$/,
      dependencies: ['chromium'],
      // No trace: Playwright's trace snapshots serialise the page's DOM on its main thread at each
      // step, and with a 200,000-character word in it that made 200-340 ms long tasks of its own.
      use: { ...devices['Desktop Chrome'], viewport: { width: 1300, height: 900 }, trace: 'off' },
    },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/vite build --outDir ${outDir} && ./node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `node scripts/serve-host-pages.mjs ${HOST_PORT} http://127.0.0.1:${port}/`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
