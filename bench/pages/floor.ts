// The floor: the least work that draws the picture Rasd's dense timeline draws. Events sorted by time
// once at load; per frame a binary search for the window, one glyph per pixel column and lane (with a
// count of the events under it), Rasd's glyph shapes, sizes and colours, bars for dates longer than a
// day (one path per colour). Each type's glyph is painted once into a small bitmap and stamped with
// drawImage, as Rasd does: one path of thousands of glyph outlines per colour was slower than stamping
// from 10,000 events on, so it was no floor. d3-zoom for the gestures; every zoom redraws synchronously.
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import type { EventType } from '../../src/model/article-schema.ts';
import { GLYPH_SIZE, LANE_GAP, ROW_HEIGHT } from '../../src/timeline/timeline-geometry.ts';
import { STROKED_GLYPHS, TYPE_COLOURS } from '../../src/ui/glyph-paths.ts';
import { floorData, lowerBound } from './floor-data.ts';
import { appendGlyph } from './glyph-shapes.ts';
import { loadPoints, markFirstDraw, readQuery, reportPrimitives, reportWindow } from './points.ts';

const LANE = ROW_HEIGHT + LANE_GAP;
const query = readQuery();
const points = await loadPoints(query.n);
const data = floorData(points);
const types = points.groups as EventType[];
const canvas = document.querySelector<HTMLCanvasElement>('canvas.tl-plot') as HTMLCanvasElement;
const width = Math.min(1100, document.documentElement.clientWidth - 34);
const height = types.length * LANE;
const ratio = window.devicePixelRatio || 1;
canvas.width = width * ratio;
canvas.height = height * ratio;
canvas.style.width = `${width}px`;
canvas.style.height = `${height}px`;
const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
ctx.scale(ratio, ratio);
// Right to left, as Rasd draws Arabic: the range is flipped, never the canvas.
const base = scaleUtc().domain([query.from, query.to]).range([width, 0]);
const laneY = (lane: number) => lane * LANE + LANE_GAP / 2 + ROW_HEIGHT / 2;
const PAD = 2;
const SPRITE = GLYPH_SIZE + PAD * 2;
const HALF = SPRITE / 2;
/** Each type's glyph, painted once at the screen's pixel ratio (Rasd's colours, fill and line). */
const sprites = types.map((type) => {
  const sprite = document.createElement('canvas');
  sprite.width = Math.ceil(SPRITE * ratio);
  sprite.height = Math.ceil(SPRITE * ratio);
  const paint = sprite.getContext('2d') as CanvasRenderingContext2D;
  paint.scale(ratio, ratio);
  const outline = new Path2D();
  appendGlyph(outline, type, HALF, HALF);
  paint.fillStyle = TYPE_COLOURS[type];
  paint.strokeStyle = TYPE_COLOURS[type];
  paint.lineWidth = 1.4;
  if (!STROKED_GLYPHS.has(type)) paint.fill(outline);
  paint.stroke(outline);
  return sprite;
});
/** Where this frame's glyphs go: x and lane, filled during binning and stamped after the bars. */
const glyphX = new Float64Array(data.glyphTime.length);
const glyphLane = new Uint8Array(data.glyphTime.length);
// Bins are stamped with the frame number, so nothing is cleared or allocated per bin.
const binFrame = new Uint32Array(types.length * width);
/** Events under each drawn glyph this frame (what a tooltip on the bin would report). */
const binCount = new Uint32Array(types.length * width);
let frame = 0;
let first = true;

function draw(transform: ZoomTransform) {
  frame++;
  const x = transform.rescaleX(base);
  const [a, b] = x.domain().map((d) => d.getTime()) as [number, number];
  const [lo, hi] = a < b ? [a, b] : [b, a];
  // The scale as one multiply-add: a d3 scale call per event is what the floor must not pay.
  const x0 = x(lo);
  const k = (x(hi) - x0) / (hi - lo);
  const px = (t: number) => x0 + (t - lo) * k;
  const clamp = (v: number) => Math.max(-40, Math.min(width + 40, v));
  const bars = types.map(() => new Path2D());
  let primitives = 0;
  let glyphCount = 0;

  const from = lowerBound(data.glyphTime, lo);
  const to = lowerBound(data.glyphTime, hi);
  for (let i = from; i < to; i++) {
    const p = px(data.glyphTime[i] as number);
    const lane = data.glyphLane[i] as number;
    const bin = lane * width + Math.min(width - 1, Math.max(0, Math.floor(p)));
    if (binFrame[bin] !== frame) {
      binFrame[bin] = frame;
      binCount[bin] = 0;
      glyphX[glyphCount] = p;
      glyphLane[glyphCount] = lane;
      glyphCount++;
      primitives++;
    }
    binCount[bin] = (binCount[bin] as number) + 1;
  }
  let visible = to - from;
  // Bars binned by lane and whole-pixel ends: thousands of month-long dates share a few hundred.
  const barBins = new Set<number>();
  const addBar = (lane: number, s: number, e: number) => {
    const [l, r] = s < e ? [s, e] : [e, s];
    const key = (lane * (width + 81) + Math.round(l) + 40) * (width + 81) + Math.round(r) + 40;
    visible++;
    if (barBins.has(key)) return;
    barBins.add(key);
    (bars[lane] as Path2D).rect(l, laneY(lane) - 3, Math.max(1, r - l), 6);
    primitives++;
  };
  for (let i = lowerBound(data.barStart, lo - data.longestBar); i < data.barStart.length; i++) {
    const start = data.barStart[i] as number;
    if (start >= hi) break;
    const end = data.barEnd[i] as number;
    if (end > lo) addBar(data.barLane[i] as number, clamp(px(start)), clamp(px(end)));
  }
  for (const { start, end, lane } of data.open) {
    if (end <= lo || start >= hi) continue;
    addBar(
      lane,
      Number.isFinite(start) ? clamp(px(start)) : px(lo),
      Number.isFinite(end) ? clamp(px(end)) : px(hi),
    );
  }

  ctx.clearRect(0, 0, width, height);
  for (let lane = 0; lane < types.length; lane++) {
    ctx.fillStyle = lane % 2 ? '#f4f4f4' : '#fff';
    ctx.fillRect(0, lane * LANE, width, LANE);
  }
  ctx.globalAlpha = 0.8;
  types.forEach((type, lane) => {
    ctx.fillStyle = TYPE_COLOURS[type];
    ctx.fill(bars[lane] as Path2D);
  });
  ctx.globalAlpha = 1;
  for (let i = 0; i < glyphCount; i++) {
    const lane = glyphLane[i] as number;
    ctx.drawImage(
      sprites[lane] as HTMLCanvasElement,
      (glyphX[i] as number) - HALF,
      laneY(lane) - HALF,
      SPRITE,
      SPRITE,
    );
  }
  reportWindow(canvas, new Date(lo), new Date(hi), visible);
  reportPrimitives(canvas, primitives);
  if (first && visible > 0) {
    first = false;
    markFirstDraw();
  }
}

const behaviour = zoom<HTMLCanvasElement, unknown>()
  .scaleExtent([0.5, 40_000])
  .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => draw(event.transform));
select(canvas).call(behaviour);
draw(zoomIdentity);
