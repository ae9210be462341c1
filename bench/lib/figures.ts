import { INTERACTIONS, type InteractionKind, type InteractionSample } from './interactions.ts';
import { type Pooled, pool, type Summary, summarise } from './stats.ts';

/** The pages measured side by side. */
export type Subject = 'rasd' | 'vis' | 'vis-tuned' | 'floor';

/** What one run of one page measured; null where the page has no such figure or it timed out. */
export interface RunFigures {
  /** Navigation start → the first draw's presented-frame mark, in an unobserved tab (no DevTools). */
  firstDrawMs: number | null;
  /** Navigation start → `rasd:views-ready` (Rasd only), and the marks it is the last of; unobserved. */
  viewsReadyMs: number | null;
  /**
   * The same two on the Playwright page that then takes the other figures, which DevTools observes
   * (its Network domain on): shown beside them, not checked against any target.
   */
  observedFirstDrawMs: number | null;
  observedViewsReadyMs: number | null;
  listMs: number | null;
  articleMs: number | null;
  searchMs: number | null;
  graphSettleMs: number | null;
  /** Events drawn at first render, and whether as SVG or canvas (Rasd's `data-mode`). */
  visibleAtLoad: number | null;
  modeAtLoad: string | null;
  /** The page's `data-primitives` on the ten years, before the zoom: what it drew. */
  primitives: number | null;
  /** Renderer private memory above a blank tab, MiB: at rest after load, and the highest while loading. */
  memoryRestMiB: number | null;
  memoryPeakMiB: number | null;
  /** Renderer private memory after the 50-change session minus before it, MiB (one run per size). */
  memoryGrowthMiB: number | null;
  /** Main-thread JS heap after a GC, MiB (CDP JSHeapUsedSize): a part of the memory above. */
  heapMB: number | null;
  /** The main thread's JS heap after the session minus before, after a GC each time, MiB. */
  heapGrowthMB: number | null;
  /** Filter changes the session made: 50 unless its time limit struck. */
  sessionChanges: number | null;
  zoomMs: number | null;
  /** Wheel dispatch → the script that changed the window has finished (no frame waits). */
  zoomCommitMs: number | null;
  panAvgMs: number | null;
  panP95Ms: number | null;
  /** Longest main-thread task between first draw and the graph settled, and before first draw. */
  graphLongestTaskMs: number | null;
  loadLongestTaskMs: number | null;
  interactions: InteractionSample[];
}

/** The URL-driven filter changes a profile covers. */
export type FilterName = 'person' | 'window' | 'text';
export const FILTERS: readonly FilterName[] = ['person', 'window', 'text'];

/** Every per-run figure summarised over runs (median, min, max), with how to read it from a run. */
export const FIGURES = {
  firstDrawMs: (r: RunFigures) => r.firstDrawMs,
  viewsReadyMs: (r: RunFigures) => r.viewsReadyMs,
  observedFirstDrawMs: (r: RunFigures) => r.observedFirstDrawMs,
  observedViewsReadyMs: (r: RunFigures) => r.observedViewsReadyMs,
  listMs: (r: RunFigures) => r.listMs,
  articleMs: (r: RunFigures) => r.articleMs,
  searchMs: (r: RunFigures) => r.searchMs,
  graphSettleMs: (r: RunFigures) => r.graphSettleMs,
  primitives: (r: RunFigures) => r.primitives,
  zoomMs: (r: RunFigures) => r.zoomMs,
  zoomCommitMs: (r: RunFigures) => r.zoomCommitMs,
  panAvgMs: (r: RunFigures) => r.panAvgMs,
  panP95Ms: (r: RunFigures) => r.panP95Ms,
  memoryRestMiB: (r: RunFigures) => r.memoryRestMiB,
  memoryPeakMiB: (r: RunFigures) => r.memoryPeakMiB,
  memoryGrowthMiB: (r: RunFigures) => r.memoryGrowthMiB,
  heapMB: (r: RunFigures) => r.heapMB,
  heapGrowthMB: (r: RunFigures) => r.heapGrowthMB,
  graphLongestTaskMs: (r: RunFigures) => r.graphLongestTaskMs,
  loadLongestTaskMs: (r: RunFigures) => r.loadLongestTaskMs,
} as const;

/** A per-run figure's key. */
export type Figure = keyof typeof FIGURES;

/** The interaction figures pooled over every sample of every run. */
export const SAMPLE_FIGURES = ['eventTimingMs', 'viewsMs', 'graphMs', 'longestTaskMs'] as const;
export type SampleFigure = (typeof SAMPLE_FIGURES)[number];

/** One interaction kind over all runs: each figure's p50, p95 and max, and the count checks. */
export interface InteractionSummary {
  figures: Record<SampleFigure, Pooled | null>;
  samples: number;
  /** Samples whose list count was wrong (or never came), with what was shown. */
  wrongCounts: { action: string; expected: number | null; shown: number | null }[];
}

/** One page at one corpus size: its runs, their summaries, and why a figure may be missing. */
export interface SubjectResult {
  runs: RunFigures[];
  summary: Partial<Record<Figure, Summary | null>>;
  interactions: Partial<Record<InteractionKind, InteractionSummary>>;
  notes: string[];
}

/** Summarises every per-run figure over the runs. */
export function summariseRuns(runs: readonly RunFigures[]): SubjectResult['summary'] {
  const summary: SubjectResult['summary'] = {};
  for (const [key, read] of Object.entries(FIGURES) as [Figure, (r: RunFigures) => number | null][]) {
    summary[key] = summarise(runs.map(read));
  }
  return summary;
}

/** Pools the interaction samples of every run by kind. */
export function summariseInteractions(runs: readonly RunFigures[]): SubjectResult['interactions'] {
  const out: SubjectResult['interactions'] = {};
  for (const kind of INTERACTIONS) {
    const samples = runs.flatMap((r) => r.interactions.filter((s) => s.kind === kind));
    if (samples.length === 0) continue;
    const figures = {} as Record<SampleFigure, Pooled | null>;
    for (const figure of SAMPLE_FIGURES) figures[figure] = pool(samples.map((s) => s[figure]));
    out[kind] = {
      figures,
      samples: samples.length,
      wrongCounts: samples
        .filter((s) => s.countOk === false)
        .map((s) => ({ action: s.action, expected: s.expected, shown: s.shown })),
    };
  }
  return out;
}
