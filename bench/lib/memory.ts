import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from '@playwright/test';

/**
 * Renderer private memory, from Linux's own accounting: for every renderer process of the browser
 * (CDP `SystemInfo.getProcessInfo`), Private_Clean + Private_Dirty of `/proc/PID/smaps_rollup`, summed.
 * Dedicated workers are threads of their page's renderer, so the graph's and the validator's workers
 * are in it; so are typed arrays, the DOM and (with --disable-gpu) canvas backing stores.
 *
 * Chromium keeps more than one renderer alive for a single tab (a spare one for the next navigation,
 * and others): which one is the page's cannot be told from outside, so every renderer is summed and the
 * same sum for a blank tab in the same browser is taken away. Only one page is open at a time.
 */
export interface MemoryProbe {
  /** Summed private memory of every renderer now, in MiB; NaN where /proc is not readable. */
  renderers(): Promise<number>;
}

/** Private_Clean + Private_Dirty of one process, in KiB; 0 if it has gone. */
export function privateKiB(pid: number): number {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  } catch {
    return 0;
  }
  let sum = 0;
  for (const match of text.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gm)) sum += Number(match[1]);
  return sum;
}

interface ProcessInfo {
  processInfo: { type: string; id: number }[];
}

/** A probe on the browser's own DevTools session. */
export async function memoryProbe(browser: Browser): Promise<MemoryProbe> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const readable = (() => {
    try {
      readFileSync('/proc/self/smaps_rollup');
      return true;
    } catch {
      return false;
    }
  })();
  return {
    async renderers() {
      if (!readable) return Number.NaN;
      const info = (await cdp.send('SystemInfo.getProcessInfo' as never)) as unknown as ProcessInfo;
      const kib = info.processInfo
        .filter((p) => p.type === 'renderer')
        .reduce((sum, p) => sum + privateKiB(p.id), 0);
      return kib / 1024;
    },
  };
}

/** Samples `probe` every `everyMs` until `stop()` is called; resolves to the highest reading. */
export function samplePeak(probe: MemoryProbe, everyMs = 100): { stop(): Promise<number> } {
  let peak = Number.NEGATIVE_INFINITY;
  let running = true;
  const loop = (async () => {
    while (running) {
      const value = await probe.renderers();
      if (value > peak) peak = value;
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      peak = Math.max(peak, await probe.renderers());
      return peak;
    },
  };
}
