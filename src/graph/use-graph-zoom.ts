import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { zoomGestureFilter } from '../ui/zoom-gesture-filter.ts';
import type { Size } from './use-element-size.ts';

/** A rectangle on the layout plane. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The zoom transform as React state, and the commands that change it. */
export interface GraphZoom {
  transform: ZoomTransform;
  /** Centres `bounds` and scales it to fit (never above 2×); does nothing without an element. */
  fitView: (bounds: Bounds) => void;
  /** Multiplies the scale by `factor` around the centre, for the zoom buttons. */
  zoomBy: (factor: number) => void;
  /** Whether the person has zoomed or panned by hand since the last fit. */
  movedByHand: () => boolean;
}

const SCALE_EXTENT: [number, number] = [0.2, 8];
const MAX_FIT_SCALE = 2;
const FIT_PADDING = 16;

/**
 * Attaches d3-zoom to the SVG React renders; the transform comes back out as state, never as DOM writes.
 * With `wheelNeedsKey` (an embed; default false) only Ctrl or ⌘ with the wheel zooms, as on the timeline.
 */
export function useGraphZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  size: Size,
  wheelNeedsKey = false,
): GraphZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const moved = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .filter(zoomGestureFilter(wheelNeedsKey))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Programmatic fits and button zooms have no source event; only a hand on the graph does.
        if (event.sourceEvent) moved.current = true;
        setTransform(event.transform);
      });
    // A double click on a node toggles it twice; it must not zoom as well.
    select(svg).call(zoomer).on('dblclick.zoom', null);
    behaviour.current = zoomer;
    return () => {
      select(svg).on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, wheelNeedsKey]);

  const fitView = useCallback(
    (bounds: Bounds) => {
      const svg = svgRef.current;
      const zoomer = behaviour.current;
      if (!svg || !zoomer) return;
      const width = Math.max(1, bounds.x1 - bounds.x0);
      const height = Math.max(1, bounds.y1 - bounds.y0);
      const k = Math.min(
        MAX_FIT_SCALE,
        (size.width - 2 * FIT_PADDING) / width,
        (size.height - 2 * FIT_PADDING) / height,
      );
      const scale = Math.max(SCALE_EXTENT[0], k);
      const cx = (bounds.x0 + bounds.x1) / 2;
      const cy = (bounds.y0 + bounds.y1) / 2;
      moved.current = false;
      zoomer.transform(
        select(svg),
        zoomIdentity.translate(size.width / 2 - scale * cx, size.height / 2 - scale * cy).scale(scale),
      );
    },
    [svgRef, size.width, size.height],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (svg && behaviour.current) behaviour.current.scaleBy(select(svg), factor);
    },
    [svgRef],
  );

  const movedByHand = useCallback(() => moved.current, []);
  return { transform, fitView, zoomBy, movedByHand };
}
