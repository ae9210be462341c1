import { type RefObject, useLayoutEffect, useState } from 'react';
import { useFontsArrived } from '../ui/use-fonts-arrived.ts';

/** A label's box as the browser lays it out, relative to the point its text is anchored at. */
export interface LabelSize {
  width: number;
  height: number;
  /** From the anchor to the box's left and top edges. */
  dx: number;
  dy: number;
}

const NONE: ReadonlyMap<string, LabelSize> = new Map();

// Boxes measured before, by direction and words: a label's box depends on nothing else (the layer's
// font is fixed at 12 px). Shaping every name again at each filter change was 13 ms of the wait for
// the graph at 100,000 events, most of the names the same as before. Fonts arriving make them stale.
const measured = new Map<string, LabelSize>();
const MEASURED_MAX = 10_000;
// The font arrival the boxes in `measured` were measured after.
let measuredAfter = 0;

/** Forgets every measured box (when web fonts arrive, and between tests). */
export function forgetLabelSizes(): void {
  measured.clear();
}

/**
 * Measures every `text[data-label-for]` in the layer with getBBox, before paint, whenever `signature`
 * (the labels' ids, words and direction) changes and again when web fonts finish loading; words
 * measured before in the same direction are not measured again. The browser
 * shapes and orders the Arabic; nothing is estimated from character counts. Where there is no layout
 * (jsdom), the map stays empty and the labels stay unplaced.
 */
export function useLabelSizes(
  layer: RefObject<SVGGElement | null>,
  signature: string,
): ReadonlyMap<string, LabelSize> {
  const [sizes, setSizes] = useState(NONE);
  const fonts = useFontsArrived();
  useLayoutEffect(() => {
    const g = layer.current;
    if (!g || signature === '') return;
    if (fonts !== measuredAfter) {
      forgetLabelSizes();
      measuredAfter = fonts;
    }
    const found = new Map<string, LabelSize>();
    if (measured.size > MEASURED_MAX) measured.clear();
    for (const text of g.querySelectorAll<SVGTextElement>('text[data-label-for]')) {
      const key = `${text.getAttribute('direction')}\u0000${text.textContent}`;
      let size = measured.get(key);
      if (!size) {
        if (typeof text.getBBox !== 'function') return;
        const box = text.getBBox();
        size = {
          width: box.width,
          height: box.height,
          dx: box.x - Number(text.getAttribute('x') ?? 0),
          dy: box.y - Number(text.getAttribute('y') ?? 0),
        };
        measured.set(key, size);
      }
      found.set(text.dataset.labelFor ?? '', size);
    }
    setSizes(found);
  }, [layer, signature, fonts]);
  return sizes;
}
