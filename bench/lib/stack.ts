import { existsSync } from 'node:fs';
import type { MapLocator } from './profile.ts';
import { loadSourceMap, type SourceMapLookup } from './source-map.ts';

const FRAME = /(https?:\/\/[^\s)]+):(\d+):(\d+)/;

/**
 * A page error as a person can act on it: the message and its first frames mapped to source lines
 * (`src/model/timeline-window.ts:19 const lo = Math.min(...times);`) through the hidden source maps.
 */
export function describeError(error: Error, locate: MapLocator, frames = 3): string {
  const maps = new Map<string, SourceMapLookup | null>();
  const mapped: string[] = [];
  for (const line of (error.stack ?? '').split('\n').slice(1)) {
    const match = FRAME.exec(line);
    if (!match) continue;
    const [, url, row, column] = match as unknown as [string, string, string, string];
    if (!maps.has(url)) {
      const path = locate(url);
      maps.set(url, path && existsSync(path) ? loadSourceMap(path) : null);
    }
    const at = maps.get(url)?.find(Number(row) - 1, Number(column) - 1);
    if (!at || at.source.includes('node_modules')) continue;
    mapped.push(`${at.source.replace(/^(\.\.\/)+/, '')}:${at.line} ${at.text ?? ''}`.trim());
    if (mapped.length === frames) break;
  }
  return [`${error.name}: ${error.message}`, ...mapped.map((m) => `at ${m}`)].join(' ');
}
