import { type RefObject, useLayoutEffect, useState } from 'react';

/** The element's content width in CSS pixels, kept current by a ResizeObserver; `fallback` until measured. */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 800): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    setWidth(node.getBoundingClientRect().width || fallback);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
