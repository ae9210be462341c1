import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { exactManyBody, gridCollide } from './graph-forces.ts';

/** The part of a participant graph the layout reads; plain data, so it can cross into a worker. */
export interface LayoutGraph {
  nodes: readonly { id: string; eventCount: number }[];
  edges: readonly { source: string; target: string; weight: number }[];
}

/** Where one node sits, in layout units centred on the origin. */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

/** Options of a layout run. */
export interface LayoutOptions {
  /** Positions from the last layout; nodes found here start where they were. Default none. */
  previous?: readonly NodePosition[];
  /** Seed of the random source, so equal input gives equal output. Default 1. */
  seed?: number;
  /** Number of ticks; default enough for the simulation to cool from its starting heat. */
  ticks?: number;
}

/** A layout being computed a few ticks at a time, so a worker can report progress between steps. */
export interface LayoutRun {
  total: number;
  done: () => number;
  /** Advances up to `ticks` ticks, never past `total`. */
  step: (ticks: number) => void;
  /** The current positions, in the graph's node order, rounded to 0.01. */
  positions: () => NodePosition[];
}

// d3 writes x, y, vx, vy and index onto whatever it is given, so it only ever sees these copies.
interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  anchor: { x: number; y: number } | null;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
}

/** Radius of a node with `eventCount` events when the busiest has `maxEventCount`: a sqrt scale, 5 to 18. */
export function nodeRadius(eventCount: number, maxEventCount: number): number {
  if (maxEventCount <= 0) return 5;
  return 5 + 13 * Math.sqrt(Math.max(0, Math.min(eventCount, maxEventCount)) / maxEventCount);
}

/** A linear congruential generator in [0, 1) (Numerical Recipes constants), seeded for repeatability. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const ALPHA_MIN = 0.001;
const ALPHA_DECAY = 1 - ALPHA_MIN ** (1 / 300);
// A re-layout starts cooler so survivors settle near their old place instead of being shaken loose.
const ALPHA_FRESH = 1;
const ALPHA_RESUMED = 0.3;
// ...and stops warmer: the survivors are held to their old places and the newcomers start beside their
// neighbours, so what moves below this heat is a pixel or two, while those last hundred ticks were
// a third of the wait for the graph after each filter change (about 100 ms at 100,000 events).
const ALPHA_MIN_RESUMED = 0.01;
// ...in 80 ticks, not the 148 the fresh rate would take, with more friction so it still comes to rest.
// On the graphs the benchmark's filter changes lay out (about 300 nodes, two thirds new; see
// bench/README.md, "graph settled") this does as well by every measure looked at: no overlapping
// circles in either, links a little nearer their rest length, survivors moved less, the last tick's
// largest step as small; and the layout takes 54 % of the ticks, the worker's share of that wait.
const RESUMED_TICKS = 80;
const VELOCITY_DECAY_RESUMED = 0.5;
const VELOCITY_DECAY_FRESH = 0.4;

const COMPONENT_STEP = 120;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const byProminence = (degree: ReadonlyMap<SimNode, number>) => (a: SimNode, b: SimNode) =>
  (degree.get(b) ?? 0) - (degree.get(a) ?? 0) ||
  b.radius - a.radius ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Each unplaced neighbour starts a little more than a link's length from the node that reached it.
function placeByBreadth(start: SimNode[], neighbours: ReadonlyMap<SimNode, SimNode[]>, random: () => number) {
  const queue = [...start];
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const next of neighbours.get(node) ?? []) {
      if (next.x !== undefined) continue;
      const angle = random() * 2 * Math.PI;
      const distance = node.radius + next.radius + 40 + random() * 30;
      next.x = (node.x ?? 0) + distance * Math.cos(angle);
      next.y = (node.y ?? 0) + distance * Math.sin(angle);
      queue.push(next);
    }
  }
}

// d3 would spiral unplaced nodes out in input order, so a loner can start inside a cluster and a leaf on the
// far side of it, and neither gets out. New nodes start beside their placed neighbours instead; each remaining
// component grows from its best-connected node, set on a wide spiral, busiest at the centre.
function placeNewNodes(
  nodes: SimNode[],
  links: readonly SimLink[],
  degree: ReadonlyMap<SimNode, number>,
  random: () => number,
) {
  const neighbours = new Map<SimNode, SimNode[]>(nodes.map((n) => [n, []]));
  for (const link of links) {
    const [s, t] = [link.source as SimNode, link.target as SimNode];
    neighbours.get(s)?.push(t);
    neighbours.get(t)?.push(s);
  }
  const survivors = nodes.filter((n) => n.x !== undefined);
  placeByBreadth(survivors, neighbours, random);
  let k = survivors.length > 0 ? 1 : 0;
  for (const root of nodes.filter((n) => n.x === undefined).sort(byProminence(degree))) {
    if (root.x !== undefined) continue;
    const distance = COMPONENT_STEP * Math.sqrt(k);
    root.x = distance * Math.cos(k * GOLDEN_ANGLE);
    root.y = distance * Math.sin(k * GOLDEN_ANGLE);
    k += 1;
    placeByBreadth([root], neighbours, random);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Prepares a deterministic force layout of `graph` on copies of its nodes, to be stepped by the caller. */
export function startGraphLayout(graph: LayoutGraph, options: LayoutOptions = {}): LayoutRun {
  const random = seededRandom(options.seed ?? 1);
  const previous = new Map((options.previous ?? []).map((p) => [p.id, p]));
  const maxCount = graph.nodes.reduce((m, n) => Math.max(m, n.eventCount), 0);
  const nodes: SimNode[] = graph.nodes.map((n) => {
    const old = previous.get(n.id);
    const node: SimNode = { id: n.id, radius: nodeRadius(n.eventCount, maxCount), anchor: null };
    if (old) {
      node.x = old.x;
      node.y = old.y;
      node.anchor = { x: old.x, y: old.y };
    }
    return node;
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SimLink[] = graph.edges.flatMap((e) => {
    const [source, target] = [byId.get(e.source), byId.get(e.target)];
    return source && target ? [{ source, target, weight: e.weight }] : [];
  });
  const degree = new Map<SimNode, number>();
  for (const l of links) {
    for (const end of [l.source, l.target] as SimNode[]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  placeNewNodes(nodes, links, degree, random);

  const resumed = nodes.some((n) => n.anchor);
  const alpha = resumed ? ALPHA_RESUMED : ALPHA_FRESH;
  const alphaMin = resumed ? ALPHA_MIN_RESUMED : ALPHA_MIN;
  const natural = resumed ? RESUMED_TICKS : Math.ceil(Math.log(alphaMin / alpha) / Math.log(1 - ALPHA_DECAY));
  const total = options.ticks ?? natural;
  const simulation = forceSimulation<SimNode, SimLink>(nodes)
    .stop()
    .randomSource(random)
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(resumed ? 1 - (alphaMin / alpha) ** (1 / RESUMED_TICKS) : ALPHA_DECAY)
    .velocityDecay(resumed ? VELOCITY_DECAY_RESUMED : VELOCITY_DECAY_FRESH)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance((l) => 70 + (l.source as SimNode).radius + (l.target as SimNode).radius)
        // d3's default strength, 1 / the lesser degree, scaled up for pairs that share many events.
        .strength((l) => {
          const least = Math.min(degree.get(l.source as SimNode) ?? 1, degree.get(l.target as SimNode) ?? 1);
          return Math.min(1, Math.sqrt(l.weight) / least);
        }),
    )
    .force(
      'charge',
      exactManyBody<SimNode>((n) => -100 - 5 * n.radius, 600),
    )
    // The margin leaves room for the label centred under each circle.
    .force(
      'collide',
      gridCollide<SimNode>((n) => n.radius + 20),
    )
    // Survivors are pulled to their old place; the rest gently to the centre so components stay together.
    .force(
      'x',
      forceX<SimNode>((n) => n.anchor?.x ?? 0).strength((n) => (n.anchor ? 0.2 : 0.05)),
    )
    .force(
      'y',
      forceY<SimNode>((n) => n.anchor?.y ?? 0).strength((n) => (n.anchor ? 0.2 : 0.05)),
    );

  let done = 0;
  return {
    total,
    done: () => done,
    step(ticks) {
      const n = Math.max(0, Math.min(ticks, total - done));
      simulation.tick(n);
      done += n;
    },
    positions: () => nodes.map((n) => ({ id: n.id, x: round(n.x ?? 0), y: round(n.y ?? 0) })),
  };
}

/** Lays `graph` out synchronously to the end; the same graph and options always give the same positions. */
export function computeGraphLayout(graph: LayoutGraph, options: LayoutOptions = {}): NodePosition[] {
  const run = startGraphLayout(graph, options);
  run.step(run.total);
  return run.positions();
}
