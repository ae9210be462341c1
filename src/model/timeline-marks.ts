import {
  MAX_ROWS,
  SLOT_MANY_LANES,
  SLOT_RANGE,
  type TimelineItem,
  type TimelineLayout,
} from './timeline-layout.ts';

/** An event as drawn now: a point (x) or a bar (left…right; x is where its glyph goes), with open ends. */
export interface Mark {
  item: TimelineItem;
  /** What it looks like (markLook of its event). */
  look: number;
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
 * scale). Open ends reach past the plot's edges. One pass over the layout's packed columns with no
 * allocation per hidden item, and none for an item drawn in a cluster but its place in the cluster,
 * so it stays inside a frame for 100,000 events.
 */
export function visibleMarks(
  layout: TimelineLayout,
  x: (ms: number) => number,
  domain: readonly [number, number],
  width: number,
): VisibleMarks {
  const [lo, hi] = domain;
  const { start: starts, end: ends, slot: slots, look: looks } = layout.columns;
  const { items } = layout;
  // Marks in the order their items come; a place is left empty (null) when its item turns out to
  // start a cluster.
  const marks: (Mark | null)[] = [];
  const clusters: Cluster[] = [];
  // The latest point per slot: where it was drawn, and either its place in `marks` (≥ 0) or, once
  // it is a cluster, -1 - its index in `clusters`.
  const slotCount = Math.max(1, layout.lanes.length) * MAX_ROWS;
  const openX = new Float64Array(slotCount).fill(Number.NaN);
  const openAt = new Int32Array(slotCount);
  let visible = 0;
  const beyond = 40;
  const clamp = (v: number) => Math.max(-beyond, Math.min(width + beyond, v));
  const forwards = x(lo) < x(hi);

  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (end <= lo || start >= hi) continue;
    visible++;
    const slot = slots[i] as number;
    const item = items[i] as TimelineItem;
    const look = looks[i] as number;
    if (slot === SLOT_RANGE) {
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
      marks.push({ item, look, x: glyphX, left, right, openLeft, openRight });
      continue;
    }
    const px = x((start + end) / 2);
    if (slot !== SLOT_MANY_LANES) {
      const previousX = openX[slot] as number;
      // NaN (no point yet in this slot) is never near.
      if (Math.abs(previousX - px) < CLUSTER_PX) {
        const at = openAt[slot] as number;
        if (at < 0) (clusters[-1 - at] as Cluster).items.push(item);
        else {
          const first = marks[at] as Mark;
          marks[at] = null;
          const lane = item.lanes[0] as number;
          clusters.push({ lane, row: slot - lane * MAX_ROWS, x: previousX, items: [first.item, item] });
          openAt[slot] = -clusters.length;
        }
        continue;
      }
      openX[slot] = px;
      openAt[slot] = marks.length;
    }
    marks.push({ item, look, x: px, left: px, right: px, openLeft: false, openRight: false });
  }
  return { marks: marks.filter((m) => m !== null), clusters, visible };
}
