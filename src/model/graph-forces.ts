import type { SimulationNodeDatum } from 'd3-force';

/**
 * Two forces for d3's simulation, written for the graphs Rasd lays out: at most a few hundred nodes
 * (drawn-graph.ts caps them), stepped 150–300 times per layout. d3's forceManyBody and forceCollide
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

// d3's nudge for coincident nodes, so they part in a random direction instead of not at all.
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

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
  let strengths0 = new Float64Array(0);
  let xs0 = new Float64Array(0);
  let ys0 = new Float64Array(0);
  let vxs0 = new Float64Array(0);
  let vys0 = new Float64Array(0);
  let random: () => number = Math.random;
  const max2 = distanceMax * distanceMax;
  const force = (alpha: number) => {
    // Locals, not the closure's variables, in the inner loop: V8 keeps them in registers.
    const [n, xs, ys, vxs, vys, strengths] = [nodes.length, xs0, ys0, vxs0, vys0, strengths0];
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      xs[i] = node.x ?? 0;
      ys[i] = node.y ?? 0;
    }
    vxs.fill(0);
    vys.fill(0);
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
        if (x === 0) {
          x = jiggle(random);
          l += x * x;
        }
        if (y === 0) {
          y = jiggle(random);
          l += y * y;
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
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      node.vx = (node.vx ?? 0) + (vxs[i] as number);
      node.vy = (node.vy ?? 0) + (vys[i] as number);
    }
  };
  force.initialize = (given: N[], source: () => number) => {
    nodes = given;
    random = source;
    strengths0 = Float64Array.from(given, strength);
    xs0 = new Float64Array(given.length);
    ys0 = new Float64Array(given.length);
    vxs0 = new Float64Array(given.length);
    vys0 = new Float64Array(given.length);
  };
  return force;
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
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let cellOf = new Int32Array(0);
  // The nodes of cell c are byCell[starts[c]] up to byCell[starts[c + 1]], in index order.
  let byCell = new Int32Array(0);
  let starts = new Int32Array(0);
  const force = () => {
    const n = nodes.length;
    if (n === 0) return;
    let x0 = Number.POSITIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      const x = (node.x ?? 0) + (node.vx ?? 0);
      const y = (node.y ?? 0) + (node.vy ?? 0);
      xs[i] = x;
      ys[i] = y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    // Cells a diameter wide, made wider when the extent would need more than about 4 cells a node.
    const cell = Math.max(diameter, Math.sqrt(((x1 - x0 + diameter) * (y1 - y0 + diameter)) / (4 * n)));
    const columns = Math.floor((x1 - x0) / cell) + 1;
    const rows = Math.floor((y1 - y0) / cell) + 1;
    const cells = columns * rows;
    if (starts.length < cells + 1) starts = new Int32Array(cells + 1);
    else starts.fill(0, 0, cells + 1);
    for (let i = 0; i < n; i++) {
      const c =
        Math.floor(((xs[i] as number) - x0) / cell) * rows + Math.floor(((ys[i] as number) - y0) / cell);
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
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      const ri = radii[i] as number;
      const ri2 = ri * ri;
      const xi = (node.x ?? 0) + (node.vx ?? 0);
      const yi = (node.y ?? 0) + (node.vy ?? 0);
      const c = cellOf[i] as number;
      const column = Math.floor(c / rows);
      const row = c - column * rows;
      for (let cx = Math.max(0, column - 1); cx <= Math.min(columns - 1, column + 1); cx++) {
        for (let cy = Math.max(0, row - 1); cy <= Math.min(rows - 1, row + 1); cy++) {
          const at = cx * rows + cy;
          for (let k = starts[at] as number; k < (starts[at + 1] as number); k++) {
            const j = byCell[k] as number;
            if (j <= i) continue;
            const other = nodes[j] as N;
            const rj = radii[j] as number;
            const r = ri + rj;
            let x = xi - (other.x ?? 0) - (other.vx ?? 0);
            let y = yi - (other.y ?? 0) - (other.vy ?? 0);
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (x === 0) {
              x = jiggle(random);
              l += x * x;
            }
            if (y === 0) {
              y = jiggle(random);
              l += y * y;
            }
            l = Math.sqrt(l);
            l = (r - l) / l;
            x *= l;
            y *= l;
            const share = (rj * rj) / (ri2 + rj * rj);
            node.vx = (node.vx ?? 0) + x * share;
            node.vy = (node.vy ?? 0) + y * share;
            other.vx = (other.vx ?? 0) - x * (1 - share);
            other.vy = (other.vy ?? 0) - y * (1 - share);
          }
        }
      }
    }
  };
  force.initialize = (given: N[], source: () => number) => {
    nodes = given;
    random = source;
    radii = Float64Array.from(given, radius);
    diameter = Math.max(1, 2 * radii.reduce((m, r) => Math.max(m, r), 0));
    xs = new Float64Array(given.length);
    ys = new Float64Array(given.length);
    cellOf = new Int32Array(given.length);
    byCell = new Int32Array(given.length);
  };
  return force;
}
