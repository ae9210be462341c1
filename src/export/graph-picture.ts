import { countryColour } from '../graph/country-colours.ts';
import { drawnGraph } from '../graph/drawn-graph.ts';
import { EDGE_DASHES, edgeShape } from '../graph/edge-geometry.ts';
import { boundsOf } from '../graph/graph-bounds.ts';
import { xmlText } from '../model/export/xml-text.ts';
import type { Lang } from '../model/format-date.ts';
import { computeGraphLayout, type NodePosition, nodeRadius } from '../model/graph-layout.ts';
import type { ParticipantGraph } from '../model/participant-graph.ts';
import type { Direction } from '../model/time-scale.ts';
import { PICTURE_COLOURS, type PictureText, pictureFrame } from './picture-frame.ts';

/** What the graph picture is drawn from. */
export interface GraphPictureInput {
  graph: ParticipantGraph;
  /** The people in the person filter: a large graph keeps them, as the view does. */
  chosen: ReadonlySet<string>;
  lang: Lang;
  dir: Direction;
  text: PictureText;
  /** @font-face rules to embed (for PNG drawing); default none, the font is referenced by name. */
  fontFace?: string;
}

const WIDTH = 1000;
/** The tallest a graph picture's drawing gets. */
const HEIGHT = 640;
const MARGIN = 24;
const EDGE = '#6b7480';

/**
 * The participant graph as an SVG document: the part the view draws, laid out by the same seeded
 * layout (so a small graph stands as it does on screen), fitted to the picture.
 */
export function graphPicture(input: GraphPictureInput): string {
  const { lang, dir } = input;
  const drawn = drawnGraph(input.graph, input.chosen);
  const positions = new Map<string, NodePosition>(computeGraphLayout(drawn).map((p) => [p.id, p]));
  const bounds = boundsOf(drawn, positions) ?? { x0: 0, y0: 0, x1: 1, y1: 1 };
  const k = Math.min(
    1.6,
    (WIDTH - 2 * MARGIN) / Math.max(1, bounds.x1 - bounds.x0),
    (HEIGHT - 2 * MARGIN) / Math.max(1, bounds.y1 - bounds.y0),
  );
  // As tall as the drawing needs (a small graph leaves no empty band); centred across.
  const height = Math.ceil(k * (bounds.y1 - bounds.y0) + 2 * MARGIN);
  const tx = WIDTH / 2 - k * ((bounds.x0 + bounds.x1) / 2);
  const ty = height / 2 - k * ((bounds.y0 + bounds.y1) / 2);
  const maxCount = drawn.nodes.reduce((m, n) => Math.max(m, n.eventCount), 0);
  const disc = (id: string) => {
    const node = drawn.nodes.find((n) => n.id === id);
    const p = positions.get(id) ?? { x: 0, y: 0 };
    return { x: p.x, y: p.y, r: nodeRadius(node?.eventCount ?? 0, maxCount) };
  };
  const parts: string[] = [];
  for (const edge of drawn.edges) {
    const shape = edgeShape(edge, disc(edge.source), disc(edge.target));
    for (const s of shape.strands) {
      const dash = EDGE_DASHES[s.kind];
      parts.push(
        `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${EDGE}" stroke-width="${s.width}" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
    }
    for (const arrow of shape.arrows) parts.push(`<path d="${arrow}" fill="${EDGE}"/>`);
  }
  for (const node of drawn.nodes) {
    const { x, y, r } = disc(node.id);
    const chosen = input.chosen.has(node.id);
    parts.push(
      `<g class="picture-node" transform="translate(${x} ${y})">`,
      chosen ? `<circle r="${r + 4}" fill="none" stroke="${PICTURE_COLOURS.ink}" stroke-width="2"/>` : '',
      `<circle r="${r}" fill="${countryColour(node.country)}" stroke="${PICTURE_COLOURS.ink}" stroke-width="1"/>`,
      // Centred under the circle, so the anchor means the same either way; `direction` orders mixed scripts.
      `<text y="${r + 2}" dominant-baseline="hanging" font-size="${12 / Math.max(0.6, k)}" text-anchor="middle" direction="${dir}">${xmlText(node.name[lang])}</text>`,
      '</g>',
    );
  }
  const content = `<g transform="translate(${tx} ${ty}) scale(${k})">${parts.join('')}</g>`;
  return pictureFrame({ width: WIDTH, height, content }, input.text, input.fontFace);
}
