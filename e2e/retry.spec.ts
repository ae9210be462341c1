import { retryTests } from './retry-tests.ts';

retryTests('as this Chromium ships it');
