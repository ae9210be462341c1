import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { TimeScale } from '../model/time-scale.ts';
import { type Gestures, loadGestures } from './load-gestures.ts';

/** The narrowest the brush is drawn, in pixels, so a day in a decade-wide strip can still be grabbed. */
const MIN_BRUSH = 12;

/**
 * Attaches d3-brush to the overview strip. A gesture reports the brushed window as dates; a click
 * outside the brush moves the window (same length) to be centred there rather than clearing it; the
 * brush follows `window` when the main view moves (programmatic moves carry no source event).
 */
export function useOverviewBrush(
  target: RefObject<SVGGElement | null>,
  scale: TimeScale,
  height: number,
  window: readonly [Date, Date],
  onBrush: (window: [Date, Date]) => void,
): void {
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const report = useRef(onBrush);
  report.current = onBrush;
  const shown = useRef(window);
  shown.current = window;
  const [r0, r1] = scale.range() as [number, number];
  // The brush code arrives after the first draw (see load-gestures.ts).
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

  useEffect(() => {
    const node = target.current;
    if (!node || !gestures) return;
    const { brushX, select } = gestures;
    const b = brushX<unknown>()
      .extent([
        [Math.min(r0, r1), 0],
        [Math.max(r0, r1), height],
      ])
      .handleSize(10)
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        if (!event.selection) {
          // A click beside the brush: d3 would clear it; the window moves there instead.
          if (event.type !== 'end') return;
          const source = event.sourceEvent as MouseEvent;
          const box = node.ownerSVGElement?.getBoundingClientRect();
          if (!box || typeof source.clientX !== 'number') return;
          const centre = scale.invert(source.clientX - box.left).getTime();
          const half = (shown.current[1].getTime() - shown.current[0].getTime()) / 2;
          report.current([new Date(centre - half), new Date(centre + half)]);
          return;
        }
        const [x0, x1] = event.selection as [number, number];
        const half = (shown.current[1].getTime() - shown.current[0].getTime()) / 2;
        const narrow = Math.abs(
          scale(new Date(shown.current[0].getTime() + 2 * half)) - scale(shown.current[0]),
        );
        if (x1 - x0 <= MIN_BRUSH + 0.5 && narrow < MIN_BRUSH) {
          // A brush drawn wider than its window was dragged: the window moves, keeping its length.
          const centre = scale.invert((x0 + x1) / 2).getTime();
          report.current([new Date(centre - half), new Date(centre + half)]);
          return;
        }
        const a = scale.invert(x0);
        const z = scale.invert(x1);
        report.current(a < z ? [a, z] : [z, a]);
      });
    behaviour.current = b;
    const selection = select(node);
    selection.call(b);
    return () => {
      selection.on('.brush', null);
      selection.selectAll('*').remove();
      behaviour.current = null;
    };
  }, [target, scale, height, r0, r1, gestures]);

  useEffect(() => {
    const node = target.current;
    if (!node || !behaviour.current || !gestures) return;
    const { select } = gestures;
    const xs = [scale(window[0]), scale(window[1])].sort((p, q) => p - q) as [number, number];
    const lo = Math.min(r0, r1);
    const hi = Math.max(r0, r1);
    const a = Math.max(lo, Math.min(xs[0], hi - MIN_BRUSH));
    const z = Math.min(hi, Math.max(xs[1], a + MIN_BRUSH));
    select(node).call(behaviour.current.move, [a, z]);
  }, [target, scale, window, r0, r1, gestures]);
}
