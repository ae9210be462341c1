import { existsSync } from 'node:fs';
import { loadSourceMap, type SourceMapLookup } from './source-map.ts';

/** V8's CPU profile, as CDP's Profiler.stop returns it (and as trace chunks add up to). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** A function and the time spent in its own code. */
export interface HotFunction {
  name: string;
  /** Original source and line when the map knows it, else the served file. */
  where: string;
  /** The original line, to recognise the function without opening the file. */
  code: string | null;
  selfMs: number;
  /** Share of the non-idle time, 0–1. */
  share: number;
}

/** Where a profile's time went: the busiest functions and files by self time. */
export interface ProfileSummary {
  busyMs: number;
  top: HotFunction[];
  byFile: { file: string; selfMs: number; share: number }[];
}

/** Maps a served URL to its source map file on disk, or null. */
export type MapLocator = (url: string) => string | null;

// V8 reports where a function starts; the name a source map attaches there is often a neighbour's,
// so the name is read from the original line instead.
const NAME_PATTERNS = [
  /function\s*\*?\s*([\w$]+)/,
  /(?:const|let|var)\s+([\w$]+)\s*=/,
  /([\w$]+)\s*[:=]\s*(?:async\s*)?(?:\(|[\w$]+\s*=>)/,
  /([\w$]+)\s*\(/,
];
const KEYWORDS = new Set(['return', 'if', 'for', 'while', 'switch', 'catch', 'function', 'await', 'new']);
function nameFromCode(code: string): string | null {
  for (const pattern of NAME_PATTERNS) {
    const match = pattern.exec(code);
    if (match?.[1] && !KEYWORDS.has(match[1])) return match[1];
  }
  return null;
}

/** Sums self time per function, resolving minified positions through source maps. */
export function summariseProfile(profile: CpuProfile, locate: MapLocator, topN = 12): ProfileSummary {
  const maps = new Map<string, SourceMapLookup | null>();
  const lookup = (url: string) => {
    if (!maps.has(url)) {
      const path = locate(url);
      maps.set(url, path && existsSync(path) ? loadSourceMap(path) : null);
    }
    return maps.get(url) ?? null;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => {
    // timeDeltas[i + 1] is the time from this sample to the next: the time this node held the thread.
    self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const functions = new Map<string, HotFunction>();
  const files = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (ms === 0 || functionName === '(idle)' || functionName === '(root)') continue;
    busy += ms;
    const original = url ? lookup(url)?.find(lineNumber, columnNumber) : null;
    const file =
      original?.source.replace(/^(\.\.\/)+/, '') ?? (url ? url.replace(/^https?:\/\/[^/]+/, '') : '(native)');
    const where = original ? `${file}:${original.line}` : url ? `${file}:${lineNumber + 1}` : '(native)';
    const name = original
      ? ((original.text ? nameFromCode(original.text) : null) ?? '(anonymous)')
      : functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? {
      name,
      where,
      code: original?.text?.slice(0, 90) ?? null,
      selfMs: 0,
      share: 0,
    };
    entry.selfMs += ms;
    functions.set(key, entry);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const top = [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, topN);
  for (const entry of top) entry.share = busy ? entry.selfMs / busy : 0;
  const byFile = [...files.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([file, selfMs]) => ({ file, selfMs, share: busy ? selfMs / busy : 0 }));
  return { busyMs: busy, top, byFile };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  dur?: number;
  args?: {
    name?: string;
    data?: { cpuProfile?: { nodes?: CpuProfile['nodes']; samples?: number[] }; timeDeltas?: number[] };
  };
}

/**
 * Rebuilds the renderer main thread's CPU profile from a Chromium trace (category
 * disabled-by-default-v8.cpu_profiler) and lists its longest tasks. Tracing, unlike CDP's Profiler,
 * keeps recording across the navigation that a load measurement starts with.
 */
export function profileFromTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): {
  profile: CpuProfile;
  longestTasksMs: number[];
} {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The 'Profile' event sits on the thread it samples; its chunks come from V8's profiler thread.
  const ids = new Set(
    events
      .filter((e) => e.name === 'Profile' && mains.has(`${e.pid}:${e.tid}`))
      .map((e) => `${e.pid}:${e.id}`),
  );
  const profiles = new Map<string, CpuProfile>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !ids.has(`${e.pid}:${e.id}`)) continue;
    const key = `${e.pid}:${e.id}`;
    const profile = profiles.get(key) ?? { nodes: [], samples: [], timeDeltas: [] };
    profile.nodes.push(...(e.args?.data?.cpuProfile?.nodes ?? []));
    profile.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    profile.timeDeltas.push(...(e.args?.data?.timeDeltas ?? []));
    profiles.set(key, profile);
  }
  const profile = [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length)[0] ?? {
    nodes: [],
    samples: [],
    timeDeltas: [],
  };
  const longestTasksMs = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000)
    .sort((a, b) => b - a)
    .slice(0, 5);
  return { profile, longestTasksMs };
}
