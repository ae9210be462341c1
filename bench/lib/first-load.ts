import type { Browser } from '@playwright/test';
import { type FirstLoad, firstLoadBytes } from '../../scripts/first-load-bytes.mjs';

/** First-load bytes of the explorer and the embed, by the one definition the size budget uses too. */
export interface FirstLoadFigures {
  source: string;
  explorer: FirstLoad | null;
  embed: FirstLoad | null;
  errors: string[];
}

/**
 * Every JS and CSS response whose request started before `rasd:events-presented`, gzipped at level 9
 * (scripts/first-load-bytes.mjs), fonts beside; each page on a fresh context, so nothing is cached.
 * `explorerUrl` is the app's folder; the embed is its embed.html on the whole ten years.
 */
export async function measureFirstLoad(browser: Browser, explorerUrl: string): Promise<FirstLoadFigures> {
  const errors: string[] = [];
  const one = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    try {
      return await firstLoadBytes(await context.newPage(), url, { timeoutMs: 60_000 });
    } catch (error) {
      errors.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      return null;
    } finally {
      await context.close();
    }
  };
  return {
    source: 'scripts/first-load-bytes.mjs: requests started before rasd:events-presented, gzip -9',
    explorer: await one(explorerUrl),
    embed: await one(`${explorerUrl}embed.html?from=2014-01-01&to=2023-12-31`),
    errors,
  };
}
