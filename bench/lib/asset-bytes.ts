import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of the JS and CSS a page loads before anything lazy: what its HTML references. */
export interface AssetBytes {
  /** Gzipped bytes, JS and CSS together. */
  gzip: number;
  raw: number;
  files: { file: string; raw: number; gzip: number }[];
}

const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/**
 * Reads `html` in the built folder `dir` and sums the scripts, module preloads and stylesheets it
 * names (fonts and lazily imported chunks apart, as the budget says). Gzip level 9, as a server would
 * precompress static files.
 */
export function initialAssetBytes(dir: string, html = 'index.html'): AssetBytes {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = new Set<string>();
  for (const match of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) refs.add(match[1] as string);
  for (const match of text.matchAll(/<link[^>]*>/g)) {
    const tag = match[0];
    if (!/rel="(stylesheet|modulepreload)"/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) refs.add(href);
  }
  const files = [...refs]
    .filter((ref) => !/^[a-z]+:/.test(ref))
    .map((ref) => {
      const data = readFileSync(join(dir, ref));
      return { file: ref, raw: data.length, gzip: gz(data) };
    });
  return {
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    files,
  };
}

/** Raw and gzipped bytes of a set of files, e.g. the corpus the app fetches at start. */
export function filesBytes(paths: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const data = readFileSync(path);
    raw += data.length;
    gzip += gz(data);
  }
  return { raw, gzip };
}
