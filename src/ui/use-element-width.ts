import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's content width in CSS pixels, kept current by a ResizeObserver; null until first
 * measured (in the commit that mounts it, before paint), and `fallback` where layout reports no width.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
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
