// Rasd's glyphs (src/ui/glyph-paths.ts, 12×12 boxes centred on 6,6, drawn 14 px wide) as outlines the
// floor can append to one path per colour at any point: a Path2D per glyph and a transform each would
// allocate per mark, which the floor must not.
import type { EventType } from '../../src/model/article-schema.ts';
import { GLYPH_SIZE } from '../../src/timeline/timeline-geometry.ts';
import { GLYPH_PATHS } from '../../src/ui/glyph-paths.ts';

/** A glyph as polylines around its centre, or a circle, in pixels. */
export type Outline =
  | { kind: 'polylines'; lines: { points: number[]; closed: boolean }[] }
  | { kind: 'circle'; r: number };

const SCALE = GLYPH_SIZE / 12;

// The paths use absolute M, L, H, V and Z only, except the meeting's circle (m and two arcs).
function outlineOf(d: string): Outline {
  if (/[ma]/.test(d)) {
    const radius = /a\s*([\d.]+)/.exec(d)?.[1];
    return { kind: 'circle', r: Number(radius) * SCALE };
  }
  const lines: { points: number[]; closed: boolean }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVZ])\s*([^MLHVZ]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M') lines.push({ points: [], closed: false });
    const line = lines.at(-1);
    if (!line) continue;
    if (command === 'Z') {
      line.closed = true;
      continue;
    }
    if (command === 'H') x = n[0] ?? x;
    else if (command === 'V') y = n[0] ?? y;
    else [x, y] = [n[0] ?? x, n[1] ?? y];
    line.points.push((x - 6) * SCALE, (y - 6) * SCALE);
  }
  return { kind: 'polylines', lines };
}

const OUTLINES = new Map<string, Outline>(
  Object.entries(GLYPH_PATHS).map(([type, d]) => [type, outlineOf(d)]),
);

/** The outline of the glyph of `type`, in pixels around its centre. */
export function glyphOutline(type: EventType): Outline | undefined {
  return OUTLINES.get(type);
}

/** Appends the glyph of `type` centred on (x, y) to `path`, at the size Rasd draws it. */
export function appendGlyph(path: Path2D, type: EventType, x: number, y: number): void {
  const outline = OUTLINES.get(type);
  if (!outline) return;
  if (outline.kind === 'circle') {
    path.moveTo(x + outline.r, y);
    path.arc(x, y, outline.r, 0, Math.PI * 2);
    return;
  }
  for (const { points, closed } of outline.lines) {
    path.moveTo(x + (points[0] as number), y + (points[1] as number));
    for (let i = 2; i < points.length; i += 2)
      path.lineTo(x + (points[i] as number), y + (points[i + 1] as number));
    if (closed) path.closePath();
  }
}
