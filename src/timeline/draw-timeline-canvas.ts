import type { VisibleMarks } from '../model/timeline-marks.ts';
import { GLYPH_PATHS, STROKED_GLYPHS } from '../ui/glyph-paths.ts';
import { GLYPH_SIZE, markStyle, rowY } from './timeline-geometry.ts';

const glyphCache = new Map<string, Path2D>();
function glyph(type: keyof typeof GLYPH_PATHS): Path2D {
  let path = glyphCache.get(type);
  if (!path) {
    path = new Path2D(GLYPH_PATHS[type]);
    glyphCache.set(type, path);
  }
  return path;
}

/**
 * Paints the marks of a dense window onto a canvas: one pass, no DOM per event. Used when SVG
 * elements would be too many to move every frame; the geometry is the same as the SVG path.
 */
export function drawTimelineCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  visible: VisibleMarks,
  tops: number[],
): void {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const scale = GLYPH_SIZE / 12;

  for (const mark of visible.marks) {
    const style = markStyle(mark.item);
    ctx.globalAlpha = style.planned ? 0.6 : 1;
    for (const [i, lane] of mark.item.lanes.entries()) {
      const y = rowY(tops, lane, mark.item.rows[i] as number);
      if (mark.left !== mark.right) {
        ctx.fillStyle = style.colour;
        ctx.globalAlpha = style.fill === 'solid' ? 0.85 : 0.4;
        ctx.fillRect(mark.left, y - 3, mark.right - mark.left, 6);
        continue;
      }
      ctx.save();
      ctx.translate(mark.x - 6 * scale, y - 6 * scale);
      ctx.scale(scale, scale);
      const path = glyph(mark.item.event.type);
      ctx.setLineDash(style.dash.map((d) => d / scale));
      ctx.strokeStyle = style.colour;
      ctx.lineWidth = 1.2 / scale;
      if (style.fill !== 'hollow' && !STROKED_GLYPHS.has(mark.item.event.type)) {
        ctx.fillStyle = style.colour;
        ctx.globalAlpha = style.fill === 'solid' ? 1 : 0.35;
        ctx.fill(path);
        ctx.globalAlpha = 1;
      }
      ctx.stroke(path);
      ctx.restore();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  for (const cluster of visible.clusters) {
    const y = rowY(tops, cluster.lane, cluster.row);
    const r = Math.min(11, 6 + Math.log2(cluster.items.length));
    ctx.fillStyle = '#1f5d73';
    ctx.beginPath();
    ctx.arc(cluster.x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
}
