// Copies bench/results/latest.md into the project README's Performance section, between
// <!-- bench:start --> and <!-- bench:end -->: the table there is always a generated one.
//   ./node_modules/.bin/tsx bench/update-readme.ts [--allow-dirty]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** The README with `table` between the markers; throws when the markers are missing or out of order. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} followed by ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table.trimEnd()}\n${readme.slice(end)}`;
}

function main(argv: string[]): void {
  const latest = JSON.parse(readFileSync(join(ROOT, 'bench/results/latest.json'), 'utf8')) as {
    options?: { partial?: boolean };
    provenance?: { dirty: boolean; commit: string };
  };
  if (!latest.provenance)
    throw new Error('results/latest.json predates provenance: run `npm run bench` first');
  if (latest.options?.partial) throw new Error('results/latest.json is from a partial run');
  if (latest.provenance.dirty && !argv.includes('--allow-dirty'))
    throw new Error(
      `the latest run was made on a dirty working tree (${latest.provenance.commit}); --allow-dirty to use it anyway`,
    );
  const table = readFileSync(join(ROOT, 'bench/results/latest.md'), 'utf8');
  const path = join(ROOT, 'README.md');
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), table));
  process.stderr.write(`README.md: Performance table from the run at ${latest.provenance.commit}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main(process.argv.slice(2));
