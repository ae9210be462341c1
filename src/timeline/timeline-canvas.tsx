import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../model/format-date.ts';
import type { VisibleMarks } from '../model/timeline-marks.ts';
import { bandFor, drawTimelineCanvas } from './draw-timeline-canvas.ts';

/** Props of TimelineCanvas. */
export interface TimelineCanvasProps {
  width: number;
  height: number;
  visible: VisibleMarks;
  tops: number[];
  lang: Lang;
  /** Called after each paint, in the same layout effect. Pass a stable function. */
  onDrawn: () => void;
}

/**
 * The marks of a dense window, painted on a canvas (drawTimelineCanvas). Its own chunk: only a
 * timeline with more than a few hundred events in view needs it, and an embedded article never does.
 */
export function TimelineCanvas({ width, height, visible, tops, lang, onDrawn }: TimelineCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    // Only the rows near the screen are painted (bandFor); the painter follows the page's scrolling.
    if (canvas) drawTimelineCanvas(canvas, width, height, visible, tops, lang, bandFor(canvas, height));
    onDrawn();
  }, [width, height, visible, tops, lang, onDrawn]);
  // Sized and placed by drawTimelineCanvas over the rows it paints (see there).
  return <canvas ref={ref} className="tl-canvas" />;
}
