/** Where a label sits beside its node, in reading direction: after it, before it, above or below. */
export type LabelSide = 'after' | 'before' | 'above' | 'below';

/** The sides tried, in this order, for every label. */
export const LABEL_SIDES: readonly LabelSide[] = ['after', 'before', 'above', 'below'];

/** An axis-aligned box on screen: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place: its node's disc and the label's measured size, all in screen pixels. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher is placed first and hidden last (the node's event count, say). */
  priority: number;
  /** The far ends of the node's edges: a side one of them crosses is taken only if no side is clear. Default none. */
  spokes?: readonly { x: number; y: number }[];
}

/** A label that found room. */
export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Box;
}

/** Options of placeLabels. */
export interface PlaceOptions {
  /** Reading direction: 'after' is to the right in 'ltr', to the left in 'rtl'. */
  dir: 'rtl' | 'ltr';
  /** Space between a node's rim and its label. Default 3. */
  gap?: number;
  /** Space kept between two labels, and between a label and another node's disc. Default 2. */
  padding?: number;
  /**
   * Other nodes' discs. A label never covers the disc of a node whose priority is at least its own
   * (default: every disc's is), and covers a less busy one's only if no side is clear. Default none.
   */
  obstacles?: readonly { id: string; box: Box; priority?: number }[];
  /** What is on screen: a side reaching outside it is taken only if no side inside is free. Default unbounded. */
  area?: Box;
}

/** The labels that found room, in placing order, and the ids of those that did not. */
export interface LabelPlacement {
  placed: PlacedLabel[];
  hidden: string[];
}

// Grid buckets keep each test to the few boxes nearby, so placing n labels is O(n log n) for the sort.
const CELL = 64;

/** The box a label of the request's size takes on one side of its node. */
export function sideBox(request: LabelRequest, side: LabelSide, dir: 'rtl' | 'ltr', gap: number): Box {
  const { x, y, r, width, height } = request;
  const rightward = (side === 'after') === (dir === 'ltr');
  if (side === 'after' || side === 'before') {
    const x0 = rightward ? x + r + gap : x - r - gap - width;
    return { x0, y0: y - height / 2, x1: x0 + width, y1: y + height / 2 };
  }
  const y0 = side === 'below' ? y + r + gap : y - r - gap - height;
  return { x0: x - width / 2, y0, x1: x + width / 2, y1: y0 + height };
}

// A box in the grid: a label (no owner, blocks every other), or a node's disc, with the node's id so its
// own label may touch it, and its priority, so busier labels may cover it when they must.
interface Entry {
  owner: string | null;
  box: Box;
  priority: number;
}

// What a side costs: off screen is worse than covering a less busy node, and that worse than crossing
// the node's own edge (the halo keeps the words readable). Zero is taken at once.
const COST_OFF_SCREEN = 4;
const COST_COVERS_DISC = 2;
const COST_CROSSES_EDGE = 1;

class BoxGrid {
  private readonly cells = new Map<number, Entry[]>();
  constructor(private readonly padding: number) {}

  // Each cell of the box's span, numbered on one line: rows of 2^20 cells are far wider than any screen.
  private *cellsOf(box: Box): Generator<number> {
    const pad = this.padding;
    for (let cx = Math.floor((box.x0 - pad) / CELL); cx <= Math.floor((box.x1 + pad) / CELL); cx++) {
      for (let cy = Math.floor((box.y0 - pad) / CELL); cy <= Math.floor((box.y1 + pad) / CELL); cy++) {
        yield cy * 1_048_576 + cx;
      }
    }
  }

  add(entry: Entry) {
    for (const cell of this.cellsOf(entry.box)) {
      const list = this.cells.get(cell);
      if (list) list.push(entry);
      else this.cells.set(cell, [entry]);
    }
  }

  /**
   * What placing `box` (grown by the padding) for the label of `request` costs in what it meets:
   * Infinity for a label or a disc at least as busy, COST_COVERS_DISC for a less busy disc, else 0.
   */
  cost(box: Box, request: LabelRequest): number {
    const pad = this.padding;
    let cost = 0;
    for (const cell of this.cellsOf(box)) {
      for (const { owner, box: b, priority } of this.cells.get(cell) ?? []) {
        if (owner === request.id) continue;
        if (box.x0 < b.x1 + pad && b.x0 < box.x1 + pad && box.y0 < b.y1 + pad && b.y0 < box.y1 + pad) {
          if (owner === null || priority >= request.priority) return Infinity;
          cost = COST_COVERS_DISC;
        }
      }
    }
    return cost;
  }
}

/**
 * Places labels beside their nodes so that none overlaps another or covers a node at least as busy:
 * highest priority first (ties by id), each on the first side of LABEL_SIDES that costs least — inside
 * the area (a label above or below slides sideways into it), clear of less busy nodes and of the
 * node's own edges is free; a label with no possible side is hidden. Pure: sizes come measured by the caller (the browser shapes Arabic; nothing here reads text).
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): LabelPlacement {
  const { dir, gap = 3, padding = 2, obstacles = [], area } = options;
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new BoxGrid(padding);
  for (const o of obstacles) grid.add({ owner: o.id, box: o.box, priority: o.priority ?? Infinity });
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  for (const request of order) {
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (const side of LABEL_SIDES) {
      const box = slideInto(sideBox(request, side, dir, gap), side, request.x, area);
      const cost =
        grid.cost(box, request) +
        (area && !inside(box, area) ? COST_OFF_SCREEN : 0) +
        (crossesSpoke(request, box) ? COST_CROSSES_EDGE : 0);
      if (cost < bestCost) [best, bestCost] = [{ id: request.id, side, box }, cost];
      if (cost === 0) break;
    }
    if (best === null) {
      hidden.push(request.id);
      continue;
    }
    grid.add({ owner: null, box: best.box, priority: Infinity });
    placed.push(best);
  }
  return { placed, hidden };
}

/**
 * A label above or below its node slides sideways into the area when it sticks out, as far as it can
 * while still spanning the node's centre (so it still reads as that node's).
 */
function slideInto(box: Box, side: LabelSide, x: number, area: Box | undefined): Box {
  if (!area || side === 'after' || side === 'before') return box;
  const wanted = box.x0 < area.x0 ? area.x0 - box.x0 : box.x1 > area.x1 ? area.x1 - box.x1 : 0;
  const shift = Math.max(x - box.x1, Math.min(x - box.x0, wanted));
  return shift === 0 ? box : { x0: box.x0 + shift, y0: box.y0, x1: box.x1 + shift, y1: box.y1 };
}

const inside = (box: Box, area: Box) =>
  box.x0 >= area.x0 && box.y0 >= area.y0 && box.x1 <= area.x1 && box.y1 <= area.y1;

function crossesSpoke(request: LabelRequest, box: Box): boolean {
  return (request.spokes ?? []).some((end) => segmentMeetsBox(request.x, request.y, end.x, end.y, box));
}

/** Whether the segment from (x1, y1) to (x2, y2) meets the box (Liang–Barsky clipping). */
export function segmentMeetsBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, x1 - box.x0],
    [dx, box.x1 - x1],
    [-dy, y1 - box.y0],
    [dy, box.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      t0 = Math.max(t0, t);
    } else {
      if (t < t0) return false;
      t1 = Math.min(t1, t);
    }
  }
  return true;
}
