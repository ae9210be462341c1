import { type RefObject, useLayoutEffect, useState } from 'react';

/** A label's box as the browser lays it out, relative to the point its text is anchored at. */
export interface LabelSize {
  width: number;
  height: number;
  /** From the anchor to the box's left and top edges. */
  dx: number;
  dy: number;
}

const NONE: ReadonlyMap<string, LabelSize> = new Map();

/**
 * Measures every `text[data-label-for]` in the layer with getBBox, before paint, whenever `signature`
 * (the labels' ids, words and direction) changes and again when web fonts finish loading. The browser
 * shapes and orders the Arabic; nothing is estimated from character counts. Where there is no layout
 * (jsdom), the map stays empty and the labels stay unplaced.
 */
export function useLabelSizes(
  layer: RefObject<SVGGElement | null>,
  signature: string,
): ReadonlyMap<string, LabelSize> {
  const [sizes, setSizes] = useState(NONE);
  useLayoutEffect(() => {
    const g = layer.current;
    if (!g || signature === '') return;
    const measure = () => {
      const found = new Map<string, LabelSize>();
      for (const text of g.querySelectorAll<SVGTextElement>('text[data-label-for]')) {
        if (typeof text.getBBox !== 'function') return;
        const box = text.getBBox();
        found.set(text.dataset.labelFor ?? '', {
          width: box.width,
          height: box.height,
          dx: box.x - Number(text.getAttribute('x') ?? 0),
          dy: box.y - Number(text.getAttribute('y') ?? 0),
        });
      }
      setSizes(found);
    };
    measure();
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener('loadingdone', measure);
    return () => fonts?.removeEventListener('loadingdone', measure);
  }, [layer, signature]);
  return sizes;
}
