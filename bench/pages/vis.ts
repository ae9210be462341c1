// vis-timeline as its documentation sets it up: the standalone bundle, point items in groups, default
// stacking. Plain arrays, which the Timeline wraps in its own DataSets, as passing DataSets would.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Timeline } from 'vis-timeline/standalone';
import { loadPoints, readQuery } from './points.ts';
import { watchVis } from './vis-page.ts';

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
});
watchVis(timeline, plot);
