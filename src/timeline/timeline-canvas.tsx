import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../model/format-date.ts';
import type { VisibleMarks } from '../model/timeline-marks.ts';
import { drawTimelineCanvas } from './draw-timeline-canvas.ts';

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
    if (ref.current) drawTimelineCanvas(ref.current, width, height, visible, tops, lang);
    onDrawn();
  }, [width, height, visible, tops, lang, onDrawn]);
  // Sized by drawTimelineCanvas, which may keep it taller than `height` (see there).
  return <canvas ref={ref} className="tl-canvas" />;
}
