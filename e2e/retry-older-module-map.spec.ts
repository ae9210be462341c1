import { test } from '@playwright/test';
import { retryTests } from './retry-tests.ts';

// The module map of older Chromium (and of browsers without whatwg/html#10327): a failed module fetch is
// kept for the page's life. The rest of the launch is the project's (playwright.config.ts).
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=ModuleMapDoNotCacheFailedFetch',
    ],
  },
});

retryTests('keeping failures, as older Chromium does');
