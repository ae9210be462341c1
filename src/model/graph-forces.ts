import type { SimulationNodeDatum } from 'd3-force';

/**
 * Two forces for d3's simulation, written for the graphs Rasd lays out: at most a few hundred nodes
 * (drawn-graph.ts caps them), stepped 80–300 times per layout. d3's forceManyBody and forceCollide
 * rebuild a quadtree every tick and walk it once per node through a callback; at 300 nodes that was
 * ~85 % of a tick (1.1 ms, so 170 ms of every layout after a filter change at 100,000 events).
 * These do the same arithmetic over plain arrays: the charge summed exactly over every pair (no
 * Barnes–Hut approximation), collisions found in a grid of cells one largest diameter wide.
 */

/** A d3 force: called each tick with the heat, initialised with the nodes and the random source. */
export interface Force<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize: (nodes: N[], random: () => number) => void;
}

// d3's nudge for coincident nodes, so they part in a random direction instead of not at all: a zero
// difference along an axis becomes a tiny random one (x's drawn first, as d3 does).
const nudged = (d: number, random: () => number) => (d === 0 ? (random() - 0.5) * 1e-6 : d);

/** The simulation's nodes copied out each tick: positions, velocities, and per-node constants. */
interface Columns {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
}

const columnsOf = (n: number): Columns => ({
  x: new Float64Array(n),
  y: new Float64Array(n),
  vx: new Float64Array(n),
  vy: new Float64Array(n),
});

function readNodes(nodes: readonly SimulationNodeDatum[], into: Columns) {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SimulationNodeDatum;
    into.x[i] = node.x ?? 0;
    into.y[i] = node.y ?? 0;
    into.vx[i] = node.vx ?? 0;
    into.vy[i] = node.vy ?? 0;
  }
}

function writeVelocities(nodes: readonly SimulationNodeDatum[], from: Columns) {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SimulationNodeDatum;
    node.vx = from.vx[i] as number;
    node.vy = from.vy[i] as number;
  }
}

// The loops over pairs are functions of their own, of typed arrays only: V8 optimises each whole
// after a few ticks. Written inside the force's closure, the first tick's long loop was compiled on
// the fly (on-stack replacement) before the code after it had ever run, and that code threw the
// optimised version away again at tick after tick (node --trace-deopt: 80 deopts in one layout).

function chargePairs(
  { x: xs, y: ys, vx: vxs, vy: vys }: Columns,
  strengths: Float64Array,
  alpha: number,
  max2: number,
  random: () => number,
) {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const ax = xs[i] as number;
    const ay = ys[i] as number;
    const ai = (strengths[i] as number) * alpha;
    let vx = 0;
    let vy = 0;
    for (let j = i + 1; j < n; j++) {
      let x = (xs[j] as number) - ax;
      let y = (ys[j] as number) - ay;
      let l = x * x + y * y;
      if (l >= max2) continue;
      if (x === 0 || y === 0) {
        x = nudged(x, random);
        y = nudged(y, random);
        l = x * x + y * y;
      }
      if (l < 1) l = Math.sqrt(l);
      const toA = (strengths[j] as number) / l;
      const toB = ai / l;
      vx += x * toA;
      vy += y * toA;
      vxs[j] = (vxs[j] as number) - x * toB;
      vys[j] = (vys[j] as number) - y * toB;
    }
    vxs[i] = (vxs[i] as number) + vx * alpha;
    vys[i] = (vys[i] as number) + vy * alpha;
  }
}

/**
 * Charge between every pair, as d3's forceManyBody computes it for a node and a point (each node is
 * moved by the other's strength × alpha / squared distance, the distance floored at 1 and pairs
 * `distanceMax` or more apart left out), without its approximation: for n nodes n(n − 1) / 2 pairs,
 * 90,000 at 420 nodes, summed over typed arrays faster than d3's tree walk at that size.
 */
export function exactManyBody<N extends SimulationNodeDatum>(
  strength: (node: N) => number,
  distanceMax: number,
): Force<N> {
  let nodes: N[] = [];
  let strengths = new Float64Array(0);
  let columns = columnsOf(0);
  let random: () => number = Math.random;
  const force = (alpha: number) => {
    readNodes(nodes, columns);
    chargePairs(columns, strengths, alpha, distanceMax * distanceMax, random);
    writeVelocities(nodes, columns);
  };
  force.initialize = (given: N[], source: () => number) => {
    nodes = given;
    random = source;
    strengths = Float64Array.from(given, strength);
    columns = columnsOf(given.length);
  };
  return force;
}

/** Nodes sorted into square cells: cell c holds byCell[starts[c]] up to byCell[starts[c + 1]]. */
interface Grid {
  cell: number;
  columns: number;
  rows: number;
  x0: number;
  y0: number;
  cellOf: Int32Array;
  byCell: Int32Array;
  starts: Int32Array;
}

/** Sorts the nodes' next positions into cells at least `diameter` wide (wider when the extent would need more than about 4 cells a node). */
function fillGrid({ x, y, vx, vy }: Columns, diameter: number, grid: Grid) {
  const n = x.length;
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const px = (x[i] as number) + (vx[i] as number);
    const py = (y[i] as number) + (vy[i] as number);
    if (px < x0) x0 = px;
    if (px > x1) x1 = px;
    if (py < y0) y0 = py;
    if (py > y1) y1 = py;
  }
  const cell = Math.max(diameter, Math.sqrt(((x1 - x0 + diameter) * (y1 - y0 + diameter)) / (4 * n)));
  const columns = Math.floor((x1 - x0) / cell) + 1;
  const rows = Math.floor((y1 - y0) / cell) + 1;
  const cells = columns * rows;
  if (grid.starts.length < cells + 1) grid.starts = new Int32Array(cells + 1);
  else grid.starts.fill(0, 0, cells + 1);
  const { cellOf, byCell, starts } = grid;
  for (let i = 0; i < n; i++) {
    const column = Math.floor(((x[i] as number) + (vx[i] as number) - x0) / cell);
    const c = column * rows + Math.floor(((y[i] as number) + (vy[i] as number) - y0) / cell);
    cellOf[i] = c;
    starts[c + 1] = (starts[c + 1] as number) + 1;
  }
  for (let c = 1; c <= cells; c++) starts[c] = (starts[c] as number) + (starts[c - 1] as number);
  const next = starts.slice(0, cells);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] as number;
    byCell[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  Object.assign(grid, { cell, columns, rows, x0, y0 });
}

function collidePairs(
  { x: xs, y: ys, vx: vxs, vy: vys }: Columns,
  radii: Float64Array,
  { columns, rows, cellOf, byCell, starts }: Grid,
  random: () => number,
) {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const ri = radii[i] as number;
    const ri2 = ri * ri;
    const xi = (xs[i] as number) + (vxs[i] as number);
    const yi = (ys[i] as number) + (vys[i] as number);
    const c = cellOf[i] as number;
    const column = Math.floor(c / rows);
    const row = c - column * rows;
    for (let cx = Math.max(0, column - 1); cx <= Math.min(columns - 1, column + 1); cx++) {
      for (let cy = Math.max(0, row - 1); cy <= Math.min(rows - 1, row + 1); cy++) {
        const at = cx * rows + cy;
        for (let k = starts[at] as number; k < (starts[at + 1] as number); k++) {
          const j = byCell[k] as number;
          if (j <= i) continue;
          const rj = radii[j] as number;
          const r = ri + rj;
          let x = xi - (xs[j] as number) - (vxs[j] as number);
          let y = yi - (ys[j] as number) - (vys[j] as number);
          let l = x * x + y * y;
          if (l >= r * r) continue;
          if (x === 0 || y === 0) {
            x = nudged(x, random);
            y = nudged(y, random);
            l = x * x + y * y;
          }
          l = Math.sqrt(l);
          l = (r - l) / l;
          x *= l;
          y *= l;
          const share = (rj * rj) / (ri2 + rj * rj);
          vxs[i] = (vxs[i] as number) + x * share;
          vys[i] = (vys[i] as number) + y * share;
          vxs[j] = (vxs[j] as number) - x * (1 - share);
          vys[j] = (vys[j] as number) - y * (1 - share);
        }
      }
    }
  }
}

/**
 * Keeps nodes' circles (`radius` each) from overlapping, as d3's forceCollide with strength 1 and one
 * iteration: each overlapping pair of next positions (position + velocity) is pushed apart by the
 * overlap, the smaller node moving more (by the other's squared radius over the sum of both). Pairs
 * are looked for in the node's own and the eight neighbouring cells of a grid whose cells are at least
 * the largest diameter wide, so any pair that can touch is found.
 */
export function gridCollide<N extends SimulationNodeDatum>(radius: (node: N) => number): Force<N> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let diameter = 1;
  let random: () => number = Math.random;
  let columns = columnsOf(0);
  let grid: Grid | null = null;
  const force = () => {
    if (nodes.length === 0 || !grid) return;
    readNodes(nodes, columns);
    fillGrid(columns, diameter, grid);
    collidePairs(columns, radii, grid, random);
    writeVelocities(nodes, columns);
  };
  force.initialize = (given: N[], source: () => number) => {
    nodes = given;
    random = source;
    radii = Float64Array.from(given, radius);
    diameter = Math.max(1, 2 * radii.reduce((m, r) => Math.max(m, r), 0));
    columns = columnsOf(given.length);
    grid = {
      ...{ cell: diameter, columns: 1, rows: 1, x0: 0, y0: 0 },
      cellOf: new Int32Array(given.length),
      byCell: new Int32Array(given.length),
      starts: new Int32Array(1),
    };
  };
  return force;
}
