import { EDGE_KINDS, type EdgeKind, type GraphEdge } from '../model/participant-graph.ts';

/** A node's centre and radius on the layout plane. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** One straight segment. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One strand per edge kind present: side by side, each as wide as its count calls for. */
export interface Strand extends Segment {
  kind: EdgeKind;
  count: number;
  width: number;
}

/** Everything needed to draw and hit one edge. */
export interface EdgeShape {
  strands: Strand[];
  /** The centre line between the two circles' rims, for pointer and focus. */
  hit: Segment;
  /** Triangle paths pointing at whoever was contacted, one per direction initiated. */
  arrows: string[];
  mid: { x: number; y: number };
}

/** Dash pattern of each kind's strand (solid for meetings): the kind never rests on colour alone. */
export const EDGE_DASHES: Readonly<Record<EdgeKind, string | undefined>> = {
  call: '7 4',
  meeting: undefined,
  other: '1.5 3.5',
};

const GAP = 1.5;
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

/** Stroke width for `count` shared events of one kind: a sqrt scale starting at 2.5. */
export function strandWidth(count: number): number {
  return 1.25 + 1.25 * Math.sqrt(count);
}

const fixed = (n: number) => Math.round(n * 100) / 100;

/** Lays out the strands, hit line and arrowheads of an edge between two discs. */
export function edgeShape(edge: GraphEdge, source: Disc, target: Disc): EdgeShape {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  // Coincident nodes have no direction; any will do, as long as nothing divides by zero.
  const [ux, uy] = length > 0 ? [dx / length, dy / length] : [1, 0];
  const [nx, ny] = [-uy, ux];
  const trim = length > source.r + target.r ? [source.r, target.r] : [0, 0];
  const ends = (offset: number): Segment => ({
    x1: fixed(source.x + ux * (trim[0] ?? 0) + nx * offset),
    y1: fixed(source.y + uy * (trim[0] ?? 0) + ny * offset),
    x2: fixed(target.x - ux * (trim[1] ?? 0) + nx * offset),
    y2: fixed(target.y - uy * (trim[1] ?? 0) + ny * offset),
  });

  const present = EDGE_KINDS.filter((kind) => edge.kinds[kind] > 0);
  const widths = present.map((kind) => strandWidth(edge.kinds[kind]));
  const total = widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, present.length - 1);
  let cursor = -total / 2;
  const strands = present.map((kind, i) => {
    const width = widths[i] ?? 0;
    const strand = { kind, count: edge.kinds[kind], width, ...ends(cursor + width / 2) };
    cursor += width + GAP;
    return strand;
  });

  // Within one edge a direction is fully given by who was contacted.
  const contacted = [...new Set(edge.initiated.map((i) => i.to))].sort();
  const arrows = contacted.map((id) => {
    const [to, sign] = id === edge.target ? [target, 1] : [source, -1];
    const tipX = to.x - sign * ux * (to.r + 1.5);
    const tipY = to.y - sign * uy * (to.r + 1.5);
    const baseX = tipX - sign * ux * ARROW_LENGTH;
    const baseY = tipY - sign * uy * ARROW_LENGTH;
    const [lx, ly] = [baseX + nx * ARROW_HALF_WIDTH, baseY + ny * ARROW_HALF_WIDTH];
    const [rx, ry] = [baseX - nx * ARROW_HALF_WIDTH, baseY - ny * ARROW_HALF_WIDTH];
    return `M${fixed(tipX)} ${fixed(tipY)}L${fixed(lx)} ${fixed(ly)}L${fixed(rx)} ${fixed(ry)}Z`;
  });

  return {
    strands,
    hit: ends(0),
    arrows,
    mid: { x: fixed((source.x + target.x) / 2), y: fixed((source.y + target.y) / 2) },
  };
}
