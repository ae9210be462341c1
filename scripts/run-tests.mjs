#!/usr/bin/env node
// The one test command: lint, typecheck, unit tests, end-to-end tests in Chromium, the size budget.
// It ends with the plain line "N passed, N failed" that CI reads (lint, typecheck and size count as one
// check each), and
// exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'test-reports';
mkdirSync(reports, { recursive: true });
const env = { ...process.env, TZ: 'UTC' };
const bin = (name) => `node_modules/.bin/${name}`;

function step(title, command, args) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

count(step('lint (Biome)', bin('biome'), ['check', '.']));
count(step('typecheck (tsc)', bin('tsc'), ['-p', '.']));

for (const file of ['unit.json', 'e2e.json']) rmSync(`${reports}/${file}`, { force: true });

const unitOk = step('unit tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/unit.json`,
]);
const unit = readJson(`${reports}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed++;

const e2eOk = step('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test']);
const e2e = existsSync(`${reports}/e2e.json`) ? readJson(`${reports}/e2e.json`) : null;
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) failed++;

// The end-to-end run built dist/; the size budget is checked on that build.
count(
  existsSync('dist/index.html') &&
    step('size budget (first JS+CSS, gzipped)', 'node', ['scripts/check-size.mjs']),
);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
