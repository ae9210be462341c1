// vis-timeline as its documentation sets it up: point items in groups, default stacking. Plain arrays,
// which the Timeline wraps in its own DataSets, as passing DataSets would.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Timeline } from 'vis-timeline/standalone';
import { loadPoints, readQuery, reportWindow } from './points.ts';

const query = readQuery();
const points = await loadPoints(query.n);
const plot = document.querySelector<HTMLElement>('.tl-plot') as HTMLElement;
const items = points.time.map((time, id) => ({
  id,
  group: points.group[id],
  start: new Date(time),
  type: 'point',
  content: points.label[id] ?? '',
}));
const groups = points.groups.map((content, id) => ({ id, content }));
const timeline = new Timeline(plot, items, groups, {
  start: query.from,
  end: query.to,
  maxHeight: 600,
  onInitialDrawComplete: () => performance.mark('bench:events-drawn'),
});
// 'changed' follows every redraw, so the attribute moves only once the new window is on screen.
timeline.on('changed', () => {
  const { start, end } = timeline.getWindow();
  reportWindow(plot, start, end, timeline.getVisibleItems().length);
});
