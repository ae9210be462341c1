import { forceCollide, forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { exactManyBody, gridCollide } from './graph-forces.ts';
import { seededRandom } from './graph-layout.ts';

interface Body extends SimulationNodeDatum {
  charge: number;
  radius: number;
}

const body = (x: number, y: number, charge = -100, radius = 10): Body => ({
  x,
  y,
  vx: 0,
  vy: 0,
  charge,
  radius,
});
// d3's forces read each node's index, which the simulation would set.
const indexed = (nodes: Body[]) => nodes.map((n, index) => ({ ...n, index }));
type V = [number, number];
const velocities = (nodes: Body[]): V[] => nodes.map((n): V => [n.vx ?? 0, n.vy ?? 0]);

// Each node's velocity within 1e-9 of the other run's (the sums are taken in another order).
function expectSameVelocities(ours: Body[], theirs: Body[]) {
  for (const [i, [vx, vy]] of velocities(ours).entries()) {
    const [wx, wy] = velocities(theirs)[i] as number[];
    expect(Math.abs((vx as number) - (wx as number))).toBeLessThan(1e-9);
    expect(Math.abs((vy as number) - (wy as number))).toBeLessThan(1e-9);
  }
}

describe('exactManyBody', () => {
  it('moves each of a pair by the other’s strength × alpha / squared distance', () => {
    // 10 apart (6 across, 8 down): squared distance 100.
    const nodes = [body(0, 0, -100), body(6, 8, -200)];
    const force = exactManyBody<Body>((n) => n.charge, 600);
    force.initialize(nodes, seededRandom(1));
    force(1);
    expect(velocities(nodes)).toEqual([
      [-12, -16],
      [6, 8],
    ]);
    force(0.5);
    expect(velocities(nodes)).toEqual([
      [-18, -24],
      [9, 12],
    ]);
  });

  it('leaves out pairs distanceMax or more apart', () => {
    // 600 apart (360 across, 480 down), and 500 apart (300 across, 400 up).
    const nodes = [body(0, 0), body(360, 480), body(300, -400)];
    const force = exactManyBody<Body>((n) => n.charge, 600);
    force.initialize(nodes, seededRandom(1));
    force(1);
    // Only the first and third interact: −100 / 500² per unit of their difference, away from each other.
    const [a, b, c] = velocities(nodes) as [V, V, V];
    expect(a[0]).toBeCloseTo(-0.12, 15);
    expect(a[1]).toBeCloseTo(0.16, 15);
    expect(c[0]).toBeCloseTo(0.12, 15);
    expect(c[1]).toBeCloseTo(-0.16, 15);
    expect(b).toEqual([0, 0]);
  });

  it('parts two nodes at one point in opposite directions, by a nudge from the random source', () => {
    const nodes = [body(5, 5), body(5, 5)];
    const force = exactManyBody<Body>((n) => n.charge, 600);
    force.initialize(nodes, seededRandom(1));
    force(1);
    const [a, b] = velocities(nodes) as [V, V];
    expect(a.map(Math.sign)).toEqual(b.map((v) => -Math.sign(v)));
    expect(a).toEqual([-b[0], -b[1]]);
    expect(Math.abs(a[0]) + Math.abs(a[1])).toBeGreaterThan(0);
  });

  it('is d3’s forceManyBody without its approximation (theta 0) on 120 scattered nodes', () => {
    const random = seededRandom(7);
    const nodes = indexed(
      Array.from({ length: 120 }, () =>
        body((random() - 0.5) * 1400, (random() - 0.5) * 1400, -100 - 90 * random()),
      ),
    );
    const theirs = indexed(nodes);
    const ours = exactManyBody<Body>((n) => n.charge, 600);
    ours.initialize(nodes, seededRandom(1));
    ours(0.3);
    const d3 = forceManyBody<Body>()
      .strength((n) => n.charge)
      .distanceMax(600)
      .theta(0);
    d3.initialize(theirs, seededRandom(1));
    d3(0.3);
    expectSameVelocities(nodes, theirs);
    // Some pairs are out of reach of each other and some are not, so the cut-off was exercised.
    expect(nodes.every((n) => n.vx !== 0)).toBe(true);
  });
});

/** One tick of gridCollide and of d3's forceCollide, each on its own copy of `nodes`, same random source. */
function collideBoth(nodes: Body[], seed: number): [Body[], Body[]] {
  const [ours, theirs] = [indexed(nodes), indexed(nodes)];
  const force = gridCollide<Body>((n) => n.radius);
  force.initialize(ours, seededRandom(seed));
  force(1);
  const d3 = forceCollide<Body>((n) => n.radius);
  d3.initialize(theirs, seededRandom(seed));
  d3(1);
  return [ours, theirs];
}

describe('gridCollide', () => {
  it('pushes an overlapping pair apart by the overlap, the smaller node moving more', () => {
    // 15 apart (9 across, 12 down) with radii 10 and 10; 12 apart (7.2, 9.6) with radii 5 and 10.
    const nodes = [body(0, 0, 0, 10), body(9, 12, 0, 10), body(100, 0, 0, 5), body(107.2, 9.6, 0, 10)];
    const force = gridCollide<Body>((n) => n.radius);
    force.initialize(nodes, seededRandom(1));
    force(1);
    // Equal radii: 5 px of overlap, half each. Radii 5 and 10: 3 px, 100/125 of it for the small one.
    const [a, b, c, d] = velocities(nodes) as [V, V, V, V];
    expect(Math.hypot(...a)).toBeCloseTo(2.5, 12);
    expect(Math.hypot(...b)).toBeCloseTo(2.5, 12);
    expect(Math.hypot(...c)).toBeCloseTo(2.4, 12);
    expect(Math.hypot(...d)).toBeCloseTo(0.6, 12);
    // Along the line between the centres, away from each other.
    expect(a[0] / a[1]).toBeCloseTo(0.75, 12);
    expect([Math.sign(a[0]), Math.sign(b[0]), Math.sign(c[1]), Math.sign(d[1])]).toEqual([-1, 1, -1, 1]);
  });

  it('reads next positions (position + velocity) and leaves pairs that only touch', () => {
    // The second is 30 across and 40 down but moving 15 and 20 back: next 25 apart, 5 of overlap.
    // The last two are 12 and 16 apart: 20, just touching.
    const nodes = [body(0, 0, 0, 15), body(30, 40, 0, 15), body(0, 100), body(12, 116)];
    Object.assign(nodes[1] as Body, { vx: -15, vy: -20 });
    const force = gridCollide<Body>((n) => n.radius);
    force.initialize(nodes, seededRandom(1));
    force(1);
    const [a, b, c, d] = velocities(nodes) as [V, V, V, V];
    expect(a[0]).toBeCloseTo(-1.5, 12);
    expect(a[1]).toBeCloseTo(-2, 12);
    expect(b[0]).toBeCloseTo(-15 + 1.5, 12);
    expect(b[1]).toBeCloseTo(-20 + 2, 12);
    expect([c, d]).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('is d3’s forceCollide for two nodes at one point and two in one column', () => {
    const [ours, theirs] = collideBoth([body(0, 0), body(0, 0), body(100, 0), body(100, 15)], 4);
    expect(velocities(ours)).toEqual(velocities(theirs));
    expect((ours[0] as Body).vx).not.toBe(0);
  });

  it.each([
    ['pairs scattered across cells', false],
    ['pairs and a far outlier (cells made wider)', true],
  ])('is d3’s forceCollide on %s', (_, outlier) => {
    const random = seededRandom(3);
    const nodes: Body[] = [];
    for (let i = 0; i < 80; i++) {
      // Pairs 400 px apart on a grid, each pair overlapping at a random angle and distance.
      const x = (i % 10) * 400 + random() * 50;
      const y = Math.floor(i / 10) * 400 + random() * 50;
      const angle = random() * 2 * Math.PI;
      const [ra, rb] = [5 + 13 * random() + 20, 5 + 13 * random() + 20];
      const apart = (ra + rb) * random();
      nodes.push(body(x, y, 0, ra), body(x + apart * Math.cos(angle), y + apart * Math.sin(angle), 0, rb));
    }
    if (outlier) nodes.push(body(1e6, -1e6, 0, 30));
    const [ours, theirs] = collideBoth(nodes, 1);
    expectSameVelocities(ours, theirs);
    expect(ours.filter((n) => n.vx !== 0).length).toBe(160);
  });
});
