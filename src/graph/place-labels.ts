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
  /** Boxes no label may cover (other nodes' discs); a label never meets its own node's. Default none. */
  obstacles?: readonly { id: string; box: Box }[];
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

// A box in the grid; a node's disc carries the node's id, so that node's own label may touch it.
interface Entry {
  owner: string | null;
  box: Box;
}

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

  /** Whether `box`, grown by the padding, meets any entry not owned by `except`. */
  hits(box: Box, except: string): boolean {
    const pad = this.padding;
    for (const cell of this.cellsOf(box)) {
      for (const { owner, box: b } of this.cells.get(cell) ?? []) {
        if (owner === except) continue;
        if (box.x0 < b.x1 + pad && b.x0 < box.x1 + pad && box.y0 < b.y1 + pad && b.y0 < box.y1 + pad)
          return true;
      }
    }
    return false;
  }
}

/**
 * Places labels beside their nodes so that none overlaps another or covers another node: highest
 * priority first (ties by id), each on the first free side of LABEL_SIDES; a label with no free side is
 * hidden. Pure: sizes come measured by the caller (the browser shapes Arabic; nothing here reads text).
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): LabelPlacement {
  const { dir, gap = 3, padding = 2, obstacles = [] } = options;
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new BoxGrid(padding);
  for (const o of obstacles) grid.add({ owner: o.id, box: o.box });
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  for (const request of order) {
    const side = LABEL_SIDES.find((s) => !grid.hits(sideBox(request, s, dir, gap), request.id));
    if (side === undefined) {
      hidden.push(request.id);
      continue;
    }
    const box = sideBox(request, side, dir, gap);
    grid.add({ owner: null, box });
    placed.push({ id: request.id, side, box });
  }
  return { placed, hidden };
}
