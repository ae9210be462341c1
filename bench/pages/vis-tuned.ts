// vis-timeline as an expert would set it up for many events: its "esnext" ESM build with vis-data's
// (modern syntax, no bundled polyfills, so the bundler keeps only what is used: ~113 KB gzipped
// against the standalone bundle's ~157 KB), every item added to one DataSet in a single call, no
// stacking (one row per group, no collision layout) and clustering of items too close to tell apart.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { loadPoints, readQuery } from './points.ts';
import { watchVis } from './vis-page.ts';

const DAY = 86_400_000;
const query = readQuery();
const points = await loadPoints(query.n);
const plot = document.querySelector<HTMLElement>('.tl-plot') as HTMLElement;
const items = new DataSet(
  points.time.map((time, id) => ({
    id,
    group: points.group[id] as number,
    start: new Date(time),
    type: 'point',
    content: points.label[id] ?? '',
  })),
);
let windowSet = false;
const groups = new DataSet(points.groups.map((content, id) => ({ id, content })));
const timeline = new Timeline(plot, items, groups, {
  start: query.from,
  end: new Date(query.to.getTime() + DAY),
  maxHeight: 600,
  stack: false,
  cluster: { maxItems: 1, showStipes: false, fitOnDoubleClick: true },
  showTooltips: false,
  // vis draws no cluster until the window first changes (a cluster is sized only once drawn, and not
  // drawn until sized; setting the same window again does not do it): so it opens one day wider, and
  // the ten years are set once the empty first draw is done.
  onInitialDrawComplete: () => {
    windowSet = true;
    timeline.setWindow(query.from, query.to, { animation: false });
  },
});
watchVis(timeline, plot, () => windowSet);
