import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { TimeScale } from '../model/time-scale.ts';
import { type Gestures, loadGestures } from './load-gestures.ts';

/**
 * Attaches d3-brush to the overview strip. A gesture reports the brushed window as dates; the brush
 * follows `window` when the main view moves (programmatic moves carry no source event and are ignored).
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
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [x0, x1] = event.selection as [number, number];
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
    // Keep at least a few pixels so a day-long window in a decade-wide strip can still be grabbed.
    const a = Math.max(lo, Math.min(xs[0], hi - 4));
    const z = Math.min(hi, Math.max(xs[1], a + 4));
    select(node).call(behaviour.current.move, [a, z]);
  }, [target, scale, window, r0, r1, gestures]);
}
