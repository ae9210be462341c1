import { test } from '@playwright/test';
import { chromiumLaunch } from '../scripts/chromium-launch.mjs';
import { retryTests } from './retry-tests.ts';

// The module map of older Chromium (and of browsers without whatwg/html#10327): a failed module fetch is
// kept for the page's life. The rest of the launch is the project's (playwright.config.ts).
test.use({ launchOptions: chromiumLaunch(['--disable-features=ModuleMapDoNotCacheFailedFetch']) });

retryTests('keeping failures, as older Chromium does');
