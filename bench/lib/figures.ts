import type { UrlChangeTiming } from './measure.ts';
import { type Summary, summarise } from './stats.ts';

/** The three pages measured side by side. */
export type Subject = 'rasd' | 'vis' | 'floor';

/** What one run of one page measured; null where the page has no such figure or it timed out. */
export interface RunFigures {
  loadMs: number | null;
  /** Events drawn at first render, and whether as SVG or canvas (Rasd's `data-mode`). */
  visibleAtLoad: number | null;
  modeAtLoad: string | null;
  heapMB: number | null;
  zoomMs: number | null;
  /** Wheel dispatch → the script that changed the window has finished (no frame waits). */
  zoomCommitMs: number | null;
  panAvgMs: number | null;
  panP95Ms: number | null;
  filters: Record<FilterName, UrlChangeTiming> | null;
  /** Navigation → `rasd:graph-settled`; null when the mark never came. */
  graphSettleMs: number | null;
  /** Longest main-thread task between the first events drawn and the graph settled. */
  graphLongestTaskMs: number | null;
  /** Longest main-thread task before the first events were drawn. */
  loadLongestTaskMs: number | null;
}

/** The filter changes timed on Rasd. */
export type FilterName = 'person' | 'window' | 'text';
export const FILTERS: readonly FilterName[] = ['person', 'window', 'text'];

/** Every figure that is summarised over runs, with how to read it from a run. */
export const FIGURES = {
  loadMs: (r: RunFigures) => r.loadMs,
  zoomMs: (r: RunFigures) => r.zoomMs,
  zoomCommitMs: (r: RunFigures) => r.zoomCommitMs,
  panAvgMs: (r: RunFigures) => r.panAvgMs,
  panP95Ms: (r: RunFigures) => r.panP95Ms,
  personScriptMs: (r: RunFigures) => r.filters?.person.scriptMs,
  personWallMs: (r: RunFigures) => r.filters?.person.wallMs,
  personGraphMs: (r: RunFigures) => r.filters?.person.graphMs,
  personGraphScriptMs: (r: RunFigures) => r.filters?.person.graphScriptMs,
  personGraphLongestTaskMs: (r: RunFigures) => r.filters?.person.graphLongestTaskMs,
  windowScriptMs: (r: RunFigures) => r.filters?.window.scriptMs,
  windowWallMs: (r: RunFigures) => r.filters?.window.wallMs,
  windowGraphMs: (r: RunFigures) => r.filters?.window.graphMs,
  windowGraphScriptMs: (r: RunFigures) => r.filters?.window.graphScriptMs,
  windowGraphLongestTaskMs: (r: RunFigures) => r.filters?.window.graphLongestTaskMs,
  textScriptMs: (r: RunFigures) => r.filters?.text.scriptMs,
  textWallMs: (r: RunFigures) => r.filters?.text.wallMs,
  textGraphMs: (r: RunFigures) => r.filters?.text.graphMs,
  textGraphScriptMs: (r: RunFigures) => r.filters?.text.graphScriptMs,
  textGraphLongestTaskMs: (r: RunFigures) => r.filters?.text.graphLongestTaskMs,
  graphSettleMs: (r: RunFigures) => r.graphSettleMs,
  graphLongestTaskMs: (r: RunFigures) => r.graphLongestTaskMs,
  loadLongestTaskMs: (r: RunFigures) => r.loadLongestTaskMs,
  heapMB: (r: RunFigures) => r.heapMB,
} as const;

/** A figure's key. */
export type Figure = keyof typeof FIGURES;

/** One page at one corpus size: its runs, their summaries, and why a figure may be missing. */
export interface SubjectResult {
  runs: RunFigures[];
  summary: Partial<Record<Figure, Summary | null>>;
  /** Gzipped JS + CSS loaded up front, bytes. */
  bytes: number | null;
  notes: string[];
}

/** Summarises every figure over the runs. */
export function summariseRuns(runs: readonly RunFigures[]): SubjectResult['summary'] {
  const summary: SubjectResult['summary'] = {};
  for (const [key, read] of Object.entries(FIGURES) as [
    Figure,
    (r: RunFigures) => number | null | undefined,
  ][]) {
    summary[key] = summarise(runs.map(read));
  }
  return summary;
}
