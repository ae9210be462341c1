import { type RefObject, useEffect, useState } from 'react';

/** Width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The element's content size, kept current by a ResizeObserver; `fallback` until measured (or without one). */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      // Ignore the zero size of a hidden tab or collapsed pane, which would fit the graph into nothing.
      if (width > 0 && height > 0) {
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
