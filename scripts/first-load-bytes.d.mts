import type { Page } from '@playwright/test';

/** The mark a first load ends on: the frame with the timeline's first marks has been presented. */
export declare const PRESENTED_MARK: 'rasd:events-presented';

export type FileKind = 'js' | 'css' | 'font' | 'other';

/** One response whose request started before the mark. */
export interface FirstLoadFile {
  url: string;
  kind: FileKind;
  /** The body gzipped at level 9, in bytes. */
  gzipBytes: number;
  /** The (decoded) body, in bytes. */
  rawBytes: number;
  /** When its request started, ms after the page's time origin (the mark's clock). */
  startedMs: number;
}

export interface FirstLoad {
  /** `startTime` of the mark, ms after navigation start. */
  presentedAtMs: number;
  files: FirstLoadFile[];
  /** Gzipped bytes of every JS and CSS response started before the mark. */
  jsCssGzip: number;
  /** Gzipped bytes of the fonts started before the mark (reported beside, not in, the budget). */
  fontsGzip: number;
}

export declare function classify(response: {
  url: string;
  resourceType?: string;
  contentType?: string;
}): FileKind;

export declare function sumBeforePresent(
  files: ReadonlyArray<{ kind: string; gzipBytes: number; startedMs: number }>,
  presentedAtMs: number,
): { jsCssGzip: number; fontsGzip: number };

/** Bytes as kilobytes (1,000 bytes), one decimal. */
export declare function kb(bytes: number): number;

/** Opens `url` in `page` and measures what it loaded before `mark` (default `rasd:events-presented`). */
export declare function firstLoadBytes(
  page: Page,
  url: string,
  options?: { mark?: string; timeoutMs?: number },
): Promise<FirstLoad>;
