import type { CorpusEvent } from './corpus.ts';
import type { EventType } from './vocabulary.ts';
import { CERTAINTIES, EVENT_TYPES } from './vocabulary.ts';

/** One horizontal lane: an event type, or a participant (with "others" and "no one named"). */
export interface Lane {
  key: string;
  kind: 'type' | 'person' | 'others' | 'unnamed';
}

/**
 * An event placed on the timeline: its lanes and rows, with its time in ms (±Infinity for open ends)
 * read from the event. Only the lanes, rows and place are stored: times and the rest copied into
 * every item were 4 MB at 100,000 events (each time a boxed number of its own), made anew by every
 * filter.
 */
export class TimelineItem {
  constructor(
    readonly event: CorpusEvent,
    /** Position in time order among the laid-out events. */
    readonly order: number,
    /** Lanes it is drawn in: one by type; every participant's lane by person. */
    readonly lanes: readonly number[],
    /** Stacking row in each of its lanes (rows[i] for lanes[i]). */
    public rows: readonly number[],
  ) {}

  get start(): number {
    return this.event.startMs ?? Number.NEGATIVE_INFINITY;
  }

  get end(): number {
    return this.event.endMs ?? Number.POSITIVE_INFINITY;
  }

  /** The row in its first lane; the only row in type lanes. */
  get row(): number {
    return this.rows[0] as number;
  }

  /** Drawn as a mark at its middle (day precision) rather than as a bar. */
  get point(): boolean {
    return this.event.when.precision === 'day';
  }
}

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
export const SLOT_MANY_LANES = -1;
export const SLOT_RANGE = -2;

/**
 * The laid-out items' times (±Infinity for open ends), slots and looks (markLook) as typed arrays,
 * indexed like `items`: every frame scans these packed arrays rather than 100,000 items and their
 * events scattered through the heap, which cost more than the rest of a zoom's frame at that size.
 */
export interface ItemColumns {
  start: Float64Array;
  end: Float64Array;
  slot: Int32Array;
  look: Uint8Array;
}

/** The laid-out timeline; items in time order, undated events set aside for the tray. */
export interface TimelineLayout {
  lanes: Lane[];
  items: TimelineItem[];
  undated: CorpusEvent[];
  rowsPerLane: number[];
  columns: ItemColumns;
}

/** Rows a lane may grow to; later overlapping events share the last row and are counted there. */
export const MAX_ROWS = 8;
/** Person lanes shown before the rest are pooled into "others". */
export const MAX_PERSON_LANES = 16;

function personLanes(events: CorpusEvent[]): Lane[] {
  const activity = new Map<string, number>();
  for (const e of events)
    for (const p of e.participants) activity.set(p.entity, (activity.get(p.entity) ?? 0) + 1);
  const ranked = [...activity].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const lanes: Lane[] = ranked.slice(0, MAX_PERSON_LANES).map((key) => ({ key, kind: 'person' }));
  if (ranked.length > MAX_PERSON_LANES) lanes.push({ key: 'others', kind: 'others' });
  if (events.some((e) => e.participants.length === 0)) lanes.push({ key: 'unnamed', kind: 'unnamed' });
  return lanes;
}

// One-number lists (a lane, a row) are shared, frozen, by every item that has them: in lanes by type
// that is every item, and two small arrays per item were 5.6 MB at 100,000 events.
const ONE = Array.from({ length: Math.max(MAX_ROWS, 64) }, (_, n) => Object.freeze([n]));
const one = (n: number): readonly number[] => ONE[n] ?? [n];

function laneKeysOf(
  event: CorpusEvent,
  mode: 'type' | 'person',
  index: Map<string, number>,
): readonly number[] {
  if (mode === 'type') return one(index.get(event.type) as number);
  if (event.participants.length === 0) return one(index.get('unnamed') as number);
  const lanes = new Set(
    event.participants.map((p) => index.get(p.entity) ?? (index.get('others') as number)),
  );
  return lanes.size === 1 ? one(lanes.values().next().value as number) : [...lanes].sort((a, b) => a - b);
}

/** The lowest row of `lane` free at `start`, which the item then holds until `end`. */
function placeRow(rowEnds: number[][], rowsPerLane: number[], lane: number, start: number, end: number) {
  const ends = rowEnds[lane] as number[];
  let row = 0;
  while (row < MAX_ROWS - 1 && (ends[row] as number) > start) row++;
  ends[row] = Math.max(ends[row] as number, end);
  rowsPerLane[lane] = Math.max(rowsPerLane[lane] as number, row + 1);
  return row;
}

/**
 * Assigns lanes and stacking rows. Rows are chosen greedily in time order, lane by lane: the lowest
 * row free at the event's start, so events on the same day never overlap. A connector joins an
 * event's marks across lanes at one x, whatever their rows.
 */
export function layoutTimeline(events: CorpusEvent[], mode: 'type' | 'person'): TimelineLayout {
  // Plain loops reading the events' own fields: a filter change lays out thousands of events with code
  // the engine may not have optimised yet, where every callback and getter call counts.
  const dated: CorpusEvent[] = [];
  const undated: CorpusEvent[] = [];
  for (const event of events) (event.startMs !== null || event.endMs !== null ? dated : undated).push(event);
  const lanes: Lane[] =
    mode === 'type'
      ? EVENT_TYPES.filter((t: EventType) => dated.some((e) => e.type === t)).map((key) => ({
          key,
          kind: 'type',
        }))
      : personLanes(dated);
  const index = new Map(lanes.map((lane, i) => [lane.key, i]));
  const rowEnds = lanes.map(() => new Array<number>(MAX_ROWS).fill(Number.NEGATIVE_INFINITY));
  const rowsPerLane = lanes.map(() => 0);

  // The columns are filled in the same passes, while each event is at hand. A pass of their own at the
  // first draw, back through the items to their scattered events, made laying out and drawing a
  // person's 21,000 events (of 100,000) some 5 ms slower, and all of them 20 to 30 ms (in Node,
  // medians of 45).
  const n = dated.length;
  const columns: ItemColumns = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    slot: new Int32Array(n),
    look: new Uint8Array(n),
  };
  // Rows are packed by start (open starts first), which keeps long ranges on the low rows.
  // Corpus order is already by start for every event but those open towards the past (sorted by their
  // end): putting those first gives the start order without sorting 100,000 items again.
  const items: TimelineItem[] = [];
  const openStart: TimelineItem[] = [];
  const closedStart: TimelineItem[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (let order = 0; order < n; order++) {
    const event = dated[order] as CorpusEvent;
    const item = new TimelineItem(event, order, laneKeysOf(event, mode, index), ONE[0] as readonly number[]);
    items.push(item);
    columns.start[order] = event.startMs ?? Number.NEGATIVE_INFINITY;
    columns.end[order] = event.endMs ?? Number.POSITIVE_INFINITY;
    columns.look[order] = markLook(event);
    // A point's slot is known once it has its row (below).
    if (event.when.precision !== 'day') columns.slot[order] = SLOT_RANGE;
    if (event.startMs === null) openStart.push(item);
    else {
      if (event.startMs < last) sorted = false;
      last = event.startMs;
      closedStart.push(item);
    }
  }
  // From the columns, not the items' events: 100,000 events read again, scattered through the heap.
  const endOf = (item: TimelineItem) => columns.end[item.order] as number;
  const startOf = (item: TimelineItem) => columns.start[item.order] as number;
  const byStart = sorted
    ? [...openStart.sort((a, b) => endOf(a) - endOf(b) || a.order - b.order), ...closedStart]
    : [...items].sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b) || a.order - b.order);
  for (const item of byStart) {
    const { lanes } = item;
    const start = startOf(item);
    const end = endOf(item);
    // Most items have one lane (every item in lanes by type): no list made for their one row.
    const point = columns.slot[item.order] !== SLOT_RANGE;
    if (lanes.length === 1) {
      const lane = lanes[0] as number;
      const row = placeRow(rowEnds, rowsPerLane, lane, start, end);
      item.rows = one(row);
      if (point) columns.slot[item.order] = lane * MAX_ROWS + row;
    } else {
      item.rows = lanes.map((lane) => placeRow(rowEnds, rowsPerLane, lane, start, end));
      if (point) columns.slot[item.order] = SLOT_MANY_LANES;
    }
  }
  return { lanes, items, undated, rowsPerLane, columns };
}

const laidOut = new WeakMap<CorpusEvent[], Map<'type' | 'person', TimelineLayout>>();

/**
 * layoutTimeline, kept with the array it lays out for as long as that array lives. A filter's results
 * keep their identity while they are among the recent ones (recentFilterEvents), so going back to a
 * view, say removing the person just added, finds its layout made: 100,000 items placed again took a
 * fifth of that click at that size.
 */
export function layoutOf(events: CorpusEvent[], mode: 'type' | 'person'): TimelineLayout {
  let byMode = laidOut.get(events);
  if (!byMode) {
    byMode = new Map();
    laidOut.set(events, byMode);
  }
  let layout = byMode.get(mode);
  if (!layout) {
    layout = layoutTimeline(events, mode);
    byMode.set(mode, layout);
  }
  return layout;
}
