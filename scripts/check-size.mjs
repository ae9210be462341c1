#!/usr/bin/env node
// Size budget of the first load, from the built dist/: every script, module preload and stylesheet
// that each page's HTML asks for, gzipped. Sizes are deterministic, so the budget is a test; times
// are not, so they live in the benchmark. Usage: node scripts/check-size.mjs [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
/** Budgets in gzipped kilobytes (1 KB = 1,000 bytes, as bundlers report). */
export const BUDGETS = { 'index.html': 150, 'embed.html': 100 };

function initialAssets(html) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter(([tag]) => /<script\b/.test(tag) || /rel="(?:stylesheet|modulepreload)"/.test(tag))
    .map(([, ref]) => ref.replace(/^\.\//, ''));
  return [...new Set(refs)].filter((ref) => /\.(m?js|css)$/.test(ref));
}

/** The gzipped size of each page's first JS and CSS. */
export function measure() {
  return Object.entries(BUDGETS).map(([page, budget]) => {
    const assets = initialAssets(readFileSync(join(DIST, page), 'utf8'));
    const bytes = assets.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
      0,
    );
    return { page, assets, kb: Math.round(bytes / 100) / 10, budget };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  let over = 0;
  for (const r of results) {
    const ok = r.kb <= r.budget;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${r.page}: ${r.kb} KB gzipped first JS+CSS (budget ${r.budget} KB; ${r.assets.length} files)`,
    );
  }
  process.exit(over > 0 ? 1 : 0);
}
