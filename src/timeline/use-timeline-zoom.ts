import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createTimeScale, type Direction } from '../model/time-scale.ts';
import { sameWindow } from '../model/timeline-window.ts';
import { wheelMayZoom, zoomGestureFilter } from '../ui/zoom-gesture-filter.ts';
import { type Gestures, loadGestures } from './load-gestures.ts';

const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;

/** What the zoom hook gives the timeline: the visible window as dates, and ways to move it. */
export interface TimelineZoom {
  domain: [Date, Date];
  zoomBy: (factor: number, centre?: Date) => void;
  showWindow: (window: readonly [Date, Date], animate?: boolean) => void;
  /**
   * Sets the window while the timeline renders a grown corpus, so the views are drawn once, at the new
   * window; d3's transform follows after the commit. Only for the timeline's own render.
   */
  adjustWindow: (window: [Date, Date]) => void;
}

/**
 * Attaches d3-zoom to the plot (wheel, drag, pinch; x only) and reports the visible window as
 * dates. The window lives in React state; d3 never touches the DOM React renders. `onSettle`
 * (debounced by d3's "end") receives the window after a gesture.
 */
export function useTimelineZoom(
  target: RefObject<SVGSVGElement | HTMLElement | null>,
  extent: readonly [Date, Date],
  width: number,
  direction: Direction,
  initial: readonly [Date, Date],
  onSettle: (window: [Date, Date]) => void,
  /** Whether the wheel zooms only with Ctrl or ⌘ held, leaving plain wheeling to the page (default false). */
  wheelNeedsKey = false,
): TimelineZoom {
  const base = useMemo(() => createTimeScale(extent, width, direction), [extent, width, direction]);
  const behaviour = useRef<ZoomBehavior<Element, unknown> | null>(null);
  const settle = useRef(onSettle);
  settle.current = onSettle;

  // The gesture code arrives after the first draw; until then the window moves only by the buttons'
  // and keys' own state updates, and zooming starts when it is here.
  const [gestures, setGestures] = useState<Gestures | null>(null);
  useEffect(() => {
    let live = true;
    loadGestures().then(
      (g) => live && setGestures(g),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const transformFor = useCallback(
    (g: Gestures, window: readonly [Date, Date]): ZoomTransform => {
      const [r0, r1] = base.range() as [number, number];
      const p0 = base(window[0]);
      const p1 = base(window[1]);
      if (p1 === p0) return g.zoomIdentity;
      const k = (r1 - r0) / (p1 - p0);
      return g.zoomIdentity.translate(r0 - k * p0, 0).scale(k);
    },
    [base],
  );

  // The window is the state; the d3 transform is re-derived from it whenever the base scale changes
  // (a resize), so a gesture always starts from what the reader sees.
  const [domain, setDomain] = useState<[Date, Date]>(() => [initial[0], initial[1]]);
  const domainRef = useRef(domain);
  domainRef.current = domain;
  const baseRef = useRef(base);
  baseRef.current = base;

  useEffect(() => {
    const node = target.current;
    if (!node || !gestures) return;
    const { zoom, select } = gestures;
    const span = extent[1].getTime() - extent[0].getTime();
    const z = zoom<Element, unknown>()
      // From three decades down to three hours across the plot.
      .scaleExtent([Math.min(1, span / (30 * YEAR)), Math.max(1, span / (3 * HOUR))])
      // The extent is known; without it d3 measures the element, forcing a layout on every gesture.
      .extent([
        [0, 0],
        [width, 1],
      ])
      .filter(zoomGestureFilter(wheelNeedsKey))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        const [a, b] = event.transform.rescaleX(baseRef.current).domain() as [Date, Date];
        const next: [Date, Date] = a < b ? [a, b] : [b, a];
        // The transform written back for the window shown (a resize, a corpus that grew, the gesture
        // code arriving) gives that window again: drawing it again would redo every mark for nothing.
        if (sameWindow(next, domainRef.current)) return;
        domainRef.current = next;
        // A wheel notch redraws inside its own event, as a bare canvas page would: React would
        // otherwise commit a continuous-priority update in a later task, a frame after the floor.
        if (event.sourceEvent?.type === 'wheel') flushSync(() => setDomain(next));
        else setDomain(next);
      })
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) settle.current(domainRef.current);
      });
    behaviour.current = z;
    const selection = select(node as Element);
    selection.call(z).on('dblclick.zoom', null);
    // Keep the window the reader was looking at when the size or extent changes.
    selection.call(z.transform, transformFor(gestures, domainRef.current));
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [target, extent, transformFor, width, gestures, wheelNeedsKey]);

  // Until the gesture code is here, a wheel notch zooms about the pointer as d3-zoom would, so a
  // reader who wheels at once loses nothing to the deferred load.
  useEffect(() => {
    const node = target.current;
    if (!node || gestures) return;
    const span = extent[1].getTime() - extent[0].getTime();
    const onWheel = (event: Event) => {
      if (!(event instanceof WheelEvent)) return;
      if (!wheelMayZoom(event, wheelNeedsKey)) return;
      event.preventDefault();
      const notch = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      const factor = 2 ** (-event.deltaY * notch * (event.ctrlKey ? 10 : 1));
      const [a, b] = domainRef.current;
      const box = node.getBoundingClientRect();
      const at = createTimeScale([a, b], width, direction)
        .invert(event.clientX - box.left)
        .getTime();
      const minSpan = Math.min(span, 3 * HOUR);
      const maxSpan = Math.max(span, 30 * YEAR);
      const next = Math.min(maxSpan, Math.max(minSpan, (b.getTime() - a.getTime()) / factor));
      const k = next / (b.getTime() - a.getTime());
      const window: [Date, Date] = [
        new Date(at - (at - a.getTime()) * k),
        new Date(at + (b.getTime() - at) * k),
      ];
      domainRef.current = window;
      setDomain(window);
      settle.current(window);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => node.removeEventListener('wheel', onWheel);
  }, [target, gestures, extent, width, direction, wheelNeedsKey]);

  const showWindow = useCallback(
    (window: readonly [Date, Date]) => {
      const node = target.current;
      if (!node || !behaviour.current || !gestures) {
        // Before the gesture code is here, the window is simply set.
        const next: [Date, Date] = [window[0], window[1]];
        domainRef.current = next;
        setDomain(next);
        return;
      }
      gestures.select(node as Element).call(behaviour.current.transform, transformFor(gestures, window));
    },
    [target, transformFor, gestures],
  );

  // The window set while rendering a grown corpus: d3's transform is derived again from it after the
  // commit, by the effect above, which runs again for the new extent (a new object for new events).
  const adjustWindow = useCallback((window: [Date, Date]) => {
    domainRef.current = window;
    setDomain(window);
  }, []);

  const zoomBy = useCallback(
    (factor: number, centre?: Date) => {
      const [a, b] = domainRef.current;
      const mid = centre?.getTime() ?? (a.getTime() + b.getTime()) / 2;
      const half = (b.getTime() - a.getTime()) / 2 / factor;
      const window: [Date, Date] = [new Date(mid - half), new Date(mid + half)];
      showWindow(window);
      settle.current(window);
    },
    [showWindow],
  );

  return { domain, zoomBy, showWindow, adjustWindow };
}
