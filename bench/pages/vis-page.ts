import { markFirstDraw, reportPrimitives, reportWindow } from './points.ts';

/** What the two vis-timeline pages use of the Timeline's API. */
interface VisTimeline {
  on(event: 'changed', callback: () => void): void;
  getWindow(): { start: Date; end: Date };
  getVisibleItems(): unknown[];
}

// A point item is two elements (the item and its dot), a box or range its line too: count items and
// clusters once each. vis keeps only the items in view attached.
const visElements = (plot: HTMLElement) =>
  plot.querySelectorAll('.vis-item:not(.vis-dot):not(.vis-line)').length;

/**
 * Reports what a vis-timeline page shows after every redraw ('changed', which follows each one), so
 * the attributes move only once the new window is on screen: the window, the events in it, and the
 * item and cluster elements. The first draw is the first redraw with any of them once `ready()`.
 */
export function watchVis(timeline: VisTimeline, plot: HTMLElement, ready: () => boolean = () => true): void {
  let drawn = false;
  timeline.on('changed', () => {
    const { start, end } = timeline.getWindow();
    const primitives = visElements(plot);
    reportWindow(plot, start, end, timeline.getVisibleItems().length);
    reportPrimitives(plot, primitives);
    if (!drawn && primitives > 0 && ready()) {
      drawn = true;
      markFirstDraw();
    }
  });
}
