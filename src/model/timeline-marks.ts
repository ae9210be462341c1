import type { CorpusEvent } from './corpus.ts';
import { MAX_ROWS, type TimelineItem, type TimelineLayout } from './timeline-layout.ts';
import { CERTAINTIES, EVENT_TYPES } from './vocabulary.ts';

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
 * What a mark looks like, as one small number: its type, how certain its date is, and whether it
 * is planned ((type × certainties + certainty) × 2 + planned, in the vocabulary's orders).
 */
export function markLook(event: CorpusEvent): number {
  const type = EVENT_TYPES.indexOf(event.type);
  const certainty = CERTAINTIES.indexOf(event.when.certainty);
  return (type * CERTAINTIES.length + certainty) * 2 + (event.status === 'planned' ? 1 : 0);
}

// An item's slot: lane × MAX_ROWS + row for a day-precision item in one lane (the only kind that
// clusters), else one of these.
const SLOT_MANY_LANES = -1;
const SLOT_RANGE = -2;

/** The laid-out items' times, slots and looks as typed arrays, indexed like `layout.items`. */
interface ItemColumns {
  start: Float64Array;
  end: Float64Array;
  slot: Int32Array;
  look: Uint8Array;
}

// Made at a layout's first draw and kept with it: every later frame scans these packed arrays rather
// than 100,000 items and their events scattered through the heap, which cost more than the rest of
// a zoom's frame at that size.
const columnsByLayout = new WeakMap<TimelineLayout, ItemColumns>();

function columnsOf(layout: TimelineLayout): ItemColumns {
  const known = columnsByLayout.get(layout);
  if (known) return known;
  const n = layout.items.length;
  const columns: ItemColumns = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    slot: new Int32Array(n),
    look: new Uint8Array(n),
  };
  layout.items.forEach((item, i) => {
    const { event, lanes } = item;
    columns.start[i] = event.startMs ?? Number.NEGATIVE_INFINITY;
    columns.end[i] = event.endMs ?? Number.POSITIVE_INFINITY;
    columns.slot[i] =
      event.when.precision !== 'day'
        ? SLOT_RANGE
        : lanes.length === 1
          ? (lanes[0] as number) * MAX_ROWS + (item.rows[0] as number)
          : SLOT_MANY_LANES;
    columns.look[i] = markLook(event);
  });
  columnsByLayout.set(layout, columns);
  return columns;
}

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
  const { start: starts, end: ends, slot: slots, look: looks } = columnsOf(layout);
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
