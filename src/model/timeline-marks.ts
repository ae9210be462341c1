import { MAX_ROWS, type TimelineItem, type TimelineLayout } from './timeline-layout.ts';

/** An event as drawn now: a point (x) or a bar (left…right; x is where its glyph goes), with open ends. */
export interface Mark {
  item: TimelineItem;
  x: number;
  left: number;
  right: number;
  /** The bar continues beyond the left / right edge because that end of its interval is open. */
  openLeft: boolean;
  openRight: boolean;
}

/** Several events of one lane and row too close to tell apart at this zoom, drawn as a count. */
export interface Cluster {
  lane: number;
  row: number;
  x: number;
  items: TimelineItem[];
}

/** Geometry of the visible window: what to draw, in pixels. */
export interface VisibleMarks {
  marks: Mark[];
  clusters: Cluster[];
  visible: number;
}

/** Point marks closer than this many pixels in one lane and row become a cluster. */
export const CLUSTER_PX = 14;

/**
 * What is visible in [domainStart, domainEnd) and where, given `x` (the direction-aware time
 * scale). Open ends reach past the plot's edges. One pass over the laid-out items with no
 * allocation per hidden item, so it stays inside a frame for 100,000 events.
 */
export function visibleMarks(
  layout: TimelineLayout,
  x: (ms: number) => number,
  domain: readonly [number, number],
  width: number,
): VisibleMarks {
  const [lo, hi] = domain;
  const marks: (Mark & { hidden?: boolean })[] = [];
  const clusters: Cluster[] = [];
  // The latest mark or cluster per lane and row (index lane * MAX_ROWS + row).
  const open: (Cluster | (Mark & { hidden?: boolean }) | undefined)[] = [];
  let visible = 0;
  const beyond = 40;
  const clamp = (v: number) => Math.max(-beyond, Math.min(width + beyond, v));
  const forwards = x(lo) < x(hi);

  for (const item of layout.items) {
    // The event's own fields, not the item's getters: this runs for every item on every frame.
    const { event } = item;
    const start = event.startMs ?? Number.NEGATIVE_INFINITY;
    const end = event.endMs ?? Number.POSITIVE_INFINITY;
    if (end <= lo || start >= hi) continue;
    visible++;
    if (event.when.precision !== 'day') {
      const a = Number.isFinite(start) ? clamp(x(start)) : null;
      const b = Number.isFinite(end) ? clamp(x(end)) : null;
      // An open end runs to the plot's edge on the side its direction points to.
      const s = a ?? (forwards ? 0 : width);
      const e = b ?? (forwards ? width : 0);
      const [left, right] = s < e ? [s, e] : [e, s];
      const openLeft = forwards ? a === null : b === null;
      const openRight = forwards ? b === null : a === null;
      // The glyph (and any connector) sits at the known end of a half-open range.
      const glyphX = openLeft && !openRight ? right : openRight && !openLeft ? left : (left + right) / 2;
      marks.push({ item, x: glyphX, left, right, openLeft, openRight });
      continue;
    }
    const px = x((start + end) / 2);
    if (item.lanes.length === 1) {
      const row = item.rows[0] as number;
      const key = (item.lanes[0] as number) * MAX_ROWS + row;
      const previous = open[key];
      if (previous && Math.abs(previous.x - px) < CLUSTER_PX) {
        if ('items' in previous) previous.items.push(item);
        else {
          previous.hidden = true;
          const cluster: Cluster = {
            lane: item.lanes[0] as number,
            row,
            x: previous.x,
            items: [previous.item, item],
          };
          clusters.push(cluster);
          open[key] = cluster;
        }
        continue;
      }
      const mark = { item, x: px, left: px, right: px, openLeft: false, openRight: false };
      marks.push(mark);
      open[key] = mark;
      continue;
    }
    marks.push({ item, x: px, left: px, right: px, openLeft: false, openRight: false });
  }
  return { marks: marks.filter((m) => !m.hidden), clusters, visible };
}
