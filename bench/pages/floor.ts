// The floor: what drawing N points costs with nothing but a d3 scale, d3-zoom and a canvas. No culling
// structure, no labels, no React: every zoom event redraws every point in the window synchronously.
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { loadPoints, readQuery, reportWindow } from './points.ts';

const LANE = 40;
const query = readQuery();
const points = await loadPoints(query.n);
const canvas = document.querySelector<HTMLCanvasElement>('canvas.tl-plot') as HTMLCanvasElement;
const width = Math.min(1100, document.documentElement.clientWidth - 34);
const height = points.groups.length * LANE;
const ratio = window.devicePixelRatio || 1;
canvas.width = width * ratio;
canvas.height = height * ratio;
canvas.style.width = `${width}px`;
canvas.style.height = `${height}px`;
const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
ctx.scale(ratio, ratio);
// Right to left, as Rasd draws Arabic: the range is flipped, never the canvas.
const base = scaleUtc().domain([query.from, query.to]).range([width, 0]);
const colours = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
];
let first = true;

function draw(transform: ZoomTransform) {
  const x = transform.rescaleX(base);
  const [lo, hi] = x.domain().map((d) => d.getTime()) as [number, number];
  ctx.clearRect(0, 0, width, height);
  for (let lane = 0; lane < points.groups.length; lane++) {
    ctx.fillStyle = lane % 2 ? '#f4f4f4' : '#fff';
    ctx.fillRect(0, lane * LANE, width, LANE);
  }
  let visible = 0;
  for (let i = 0; i < points.time.length; i++) {
    const t = points.time[i] as number;
    if (t < lo || t > hi) continue;
    const g = points.group[i] as number;
    ctx.fillStyle = colours[g % colours.length] as string;
    ctx.fillRect(x(t) - 1.5, g * LANE + 6 + (i % 7) * 4, 3, 6);
    visible++;
  }
  reportWindow(canvas, new Date(lo), new Date(hi), visible);
  if (first) {
    first = false;
    performance.mark('bench:events-drawn');
  }
}

const behaviour = zoom<HTMLCanvasElement, unknown>()
  .scaleExtent([0.5, 40_000])
  .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => draw(event.transform));
select(canvas).call(behaviour);
draw(zoomIdentity);
