import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the app over a corpus folder, as a release would (`vite build`, the project's config), with
 * hidden source maps: byte-identical bundles, plus maps on disk to name the functions in profiles.
 * Resolves to the build time in ms; rejects with Vite's output when the build fails.
 */
export function buildApp(dataDir: string, outDir: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(
      resolve(ROOT, 'node_modules/.bin/vite'),
      ['build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn'],
      { cwd: ROOT, env: { ...process.env, RASD_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) =>
      code === 0
        ? done(performance.now() - started)
        : fail(new Error(`vite build failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/** The comparison pages, by subject: the floor, vis-timeline as documented and as an expert tunes it. */
export const PAGES = { floor: 'floor.html', vis: 'vis.html', 'vis-tuned': 'vis-tuned.html' } as const;

/** Builds the comparison pages (PAGES) into `outDir` with a config of their own. */
export async function buildPages(outDir: string): Promise<void> {
  const root = resolve(import.meta.dirname, '../pages');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: 'hidden',
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, resolve(root, file)])),
      },
    },
  });
}
