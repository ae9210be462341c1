import { formatNumber, type Lang } from '../model/format-date.ts';

/** A cluster's disc on the canvas: 7 px across two events, growing with the count's logarithm to 11 px. */
export function clusterRadius(count: number): number {
  return Math.min(11, 6 + Math.log2(count));
}

/** Whether a count `textWidth` pixels wide fits inside its cluster's disc, a pixel clear of each side. */
export function countFits(textWidth: number, count: number): boolean {
  return textWidth <= 2 * clusterRadius(count) - 2;
}

/** A cluster's count as the canvas draws it. */
export interface CountLabel {
  /** The count in the interface's digits (Intl.NumberFormat). */
  text: string;
  /** Whether it fits in the disc; a count that does not is left to the tooltip. */
  fits: boolean;
  /** The count in ASCII digits, as the canvas publishes it for tests and tools. */
  published: string;
  /** Its measured width in CSS pixels. */
  width: number;
}

/** Anything that measures text as a canvas context set to the count's font does. */
export interface TextMeasurer {
  measureText(text: string): { width: number };
}

// More distinct counts than this on one page means a huge corpus at every zoom: start again.
const MAX_KEPT = 4096;

/**
 * Count labels made once per distinct count and language: formatting and measuring text is the slow
 * part of a cluster, and a frame at 100,000 events draws thousands of clusters with a few hundred
 * distinct counts. `forget` drops them all, for when the font (and so every width) changes.
 */
export function countLabels() {
  const known: Record<Lang, Map<number, CountLabel>> = { ar: new Map(), en: new Map() };
  return {
    /** The label of `count` in `lang`, measured by `measurer` the first time it is asked for. */
    label(count: number, lang: Lang, measurer: TextMeasurer): CountLabel {
      const kept = known[lang];
      let label = kept.get(count);
      if (label === undefined) {
        if (kept.size >= MAX_KEPT) kept.clear();
        const text = formatNumber(count, lang);
        const { width } = measurer.measureText(text);
        label = { text, fits: countFits(width, count), published: String(count), width };
        kept.set(count, label);
      }
      return label;
    },
    forget(): void {
      known.ar.clear();
      known.en.clear();
    },
  };
}
