import { eventDisagreements } from '../model/claims.ts';
import type { Lang } from '../model/format-date.ts';
import { MAX_ROWS } from '../model/timeline-layout.ts';
import type { Mark, VisibleMarks } from '../model/timeline-marks.ts';
import { GLYPH_PATHS, STROKED_GLYPHS } from '../ui/glyph-paths.ts';
import { clusterRadius, countLabels } from './cluster-count.ts';
import { type Band, bandCovers, paintBand } from './paint-band.ts';
import { GLYPH_SIZE, lookStyle, rowY } from './timeline-geometry.ts';

// Each distinct glyph look (type × certainty × planned) is painted once into a small bitmap and then
// stamped with drawImage: thousands of Path2D fills and dashed strokes per frame cost far more.
// Indexed by the mark's look (markLook), so finding one costs an array read.
const sprites: ({ ratio: number; canvas: HTMLCanvasElement } | undefined)[] = [];
const PAD = 2;

function sprite(look: number, ratio: number): HTMLCanvasElement {
  const known = sprites[look];
  if (known && known.ratio === ratio) return known.canvas;
  const style = lookStyle(look);
  const { type } = style;
  const canvas = document.createElement('canvas');
  const size = GLYPH_SIZE + PAD * 2;
  canvas.width = Math.ceil(size * ratio);
  canvas.height = Math.ceil(size * ratio);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const scale = (GLYPH_SIZE / 12) * ratio;
    ctx.setTransform(scale, 0, 0, scale, PAD * ratio, PAD * ratio);
    const path = new Path2D(GLYPH_PATHS[type]);
    ctx.globalAlpha = style.planned ? 0.6 : 1;
    if (style.fill !== 'hollow' && !STROKED_GLYPHS.has(type)) {
      ctx.fillStyle = style.colour;
      ctx.globalAlpha *= style.fill === 'solid' ? 1 : 0.35;
      ctx.fill(path);
      ctx.globalAlpha = style.planned ? 0.6 : 1;
    }
    ctx.setLineDash(style.dash.map((d) => (d * 12) / GLYPH_SIZE));
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = 1.2;
    ctx.stroke(path);
  }
  sprites[look] = { ratio, canvas };
  return canvas;
}

// A canvas cannot read var(--accent): the cluster colour is read from the theme's custom property (once
// per theme, see themeColours), and a theme switch repaints the last frame of every canvas still on the page. A canvas
// taken off the page is forgotten at the next paint of any: kept here, every canvas the timeline ever
// made (a new one each time a filter moves it from SVG marks back to canvas) held its backing store,
// a megabyte or more, and its last frame's marks.
type LastFrame = Required<Parameters<typeof drawTimelineCanvas>>;
const lastFrames = new Map<HTMLCanvasElement, LastFrame>();

/** Paints a canvas's last frame again over `band`. */
function repaint(frame: LastFrame, band: Band): void {
  const [canvas, width, height, visible, tops, lang] = frame;
  drawTimelineCanvas(canvas, width, height, visible, tops, lang, band);
}

function forgetDetached(): void {
  for (const canvas of lastFrames.keys()) if (!canvas.isConnected) lastFrames.delete(canvas);
}
let watching = false;

// The theme's three colours, read once per theme (data-theme on <html>, which app.css's custom
// properties follow): a style read in the middle of a commit made the browser work out the page's
// style there, and again for the frame.
interface ThemeColours {
  theme: string | undefined;
  ink: string;
  accent: string;
  accentInk: string;
}
let colourCache: ThemeColours | null = null;

function themeColours(canvas: HTMLCanvasElement): ThemeColours {
  const theme = document.documentElement.dataset.theme;
  if (!colourCache || colourCache.theme !== theme) {
    const style = getComputedStyle(canvas);
    colourCache = {
      theme,
      ink: style.getPropertyValue('--ink').trim() || '#1b1b1b',
      accent: style.getPropertyValue('--accent').trim() || '#1f5d73',
      accentInk: style.getPropertyValue('--accent-ink').trim() || '#ffffff',
    };
  }
  return colourCache;
}

function repaintOnThemeChange(): void {
  if (watching || typeof MutationObserver === 'undefined') return;
  watching = true;
  new MutationObserver(() => {
    forgetDetached();
    for (const frame of [...lastFrames.values()]) drawTimelineCanvas(...frame);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

// While a page prints, every canvas holds its whole plot: paper has no scrolling to paint the rest at.
let printing = false;

// Where each plot's top edge was last seen, in px from the viewport's top. Read when a canvas painted
// (in a layout effect), it made the browser lay the page out in the middle of the commit, and again
// when a later commit in the same task changed the page: at 100,000 events, 35 ms of a click on a
// person (traced). A canvas paints around the place last seen instead, and before the frame (below)
// the places are read, once the task's commits are done, and a canvas whose plot moved past what it
// holds is painted again.
const plotTops = new WeakMap<Element, number>();

function topOf(plot: Element): number {
  const top = plot.getBoundingClientRect().top;
  plotTops.set(plot, top);
  return top;
}

/** Paints again, around the rows now on screen, each canvas whose band no longer holds them. */
function coverScreen(): void {
  forgetDetached();
  for (const frame of [...lastFrames.values()]) {
    const [canvas, , height, , , , painted] = frame;
    const plot = canvas.parentElement;
    if (!plot || printing) continue;
    const top = topOf(plot);
    if (!bandCovers(painted, top, height, window.innerHeight)) {
      repaint(frame, paintBand(top, height, window.innerHeight));
    }
  }
}

let coverQueued = false;

/** coverScreen at the next frame, before its layout: once however many canvases painted. */
function coverBeforeFrame(): void {
  if (coverQueued) return;
  coverQueued = true;
  requestAnimationFrame(() => {
    coverQueued = false;
    coverScreen();
  });
}

/**
 * The rows of the plot to paint now (paintBand): around where the canvas's plot was last seen on
 * screen (checked before the frame), or all of it for print.
 */
export function bandFor(canvas: HTMLCanvasElement, height: number): Band {
  const plot = canvas.parentElement;
  if (printing || !plot) return [0, height];
  const known = plotTops.get(plot);
  if (known === undefined) return paintBand(topOf(plot), height, window.innerHeight);
  coverBeforeFrame();
  return paintBand(known, height, window.innerHeight);
}

let followingViewport = false;

/**
 * Each canvas paints only the rows near the screen (paintBand): when the page scrolls (or a
 * scrolling box holding the plot does, or the window's height changes) past what a canvas holds, its
 * last frame is painted again around the rows now on screen. Printing paints every row.
 */
function followViewport(): void {
  if (followingViewport || typeof window === 'undefined') return;
  followingViewport = true;
  const repaintAll = () => {
    forgetDetached();
    for (const frame of [...lastFrames.values()]) repaint(frame, bandFor(frame[0], frame[2]));
  };
  window.addEventListener('scroll', coverScreen, { capture: true, passive: true });
  window.addEventListener('resize', coverScreen, { passive: true });
  window.addEventListener('beforeprint', () => {
    printing = true;
    repaintAll();
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    repaintAll();
  });
}

// The SVG cluster's count: 11 px bold in the page's fonts (timeline.css, app.css).
const COUNT_FONT = 'bold 11px "Noto Naskh Arabic", "DejaVu Sans", sans-serif';
const counts = countLabels();
const COUNT_HEIGHT = 14;
/** How far a shape reaches from its row's middle: a disagreement's ring 12.5 px above, a disc's 11 px radius. */
const SHAPE_REACH = 16;
/**
 * Counts are written when at most this many clusters are in view. Past it (a whole corpus of tens of
 * thousands of events zoomed out) the counts are a wall of numerals no one reads, and stamping them
 * took a fifth of each zoom frame at 100,000 events: the discs' size says how full each is, and the
 * tooltip gives the number.
 */
export const COUNTED_CLUSTERS = 400;

// Each count's text is painted once into a small bitmap in the theme's colour and stamped like the
// glyphs: a frame at 100,000 events has thousands of clusters, and as many fillText calls (each
// shaping its text) cost far more than stamping. Made again when the colour, pixel ratio or font changes.
const countSprites = new Map<string, HTMLCanvasElement>();
// Where the last count of each row (lane × row) was drawn in this frame, and half its width.
const countAt = new Map<number, number>();
const countHalf = new Map<number, number>();
let countSpritesFor = '';

function countSprite(text: string, width: number, ink: string, ratio: number): HTMLCanvasElement {
  const look = `${ink} ${ratio}`;
  if (look !== countSpritesFor) {
    countSprites.clear();
    countSpritesFor = look;
  }
  let sprite = countSprites.get(text);
  if (sprite === undefined) {
    sprite = document.createElement('canvas');
    const w = Math.ceil(width) + 2;
    sprite.width = Math.ceil(w * ratio);
    sprite.height = Math.ceil(COUNT_HEIGHT * ratio);
    const ctx = sprite.getContext('2d');
    if (ctx) {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = COUNT_FONT;
      ctx.fillStyle = ink;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, w / 2, COUNT_HEIGHT / 2);
    }
    countSprites.set(text, sprite);
  }
  return sprite;
}
// The counts drawn in the last frame, published on the canvas; one array for every frame.
const drawnCounts: string[] = [];
let watchingFonts = false;

/**
 * A count drawn before the web font arrived was measured and drawn in a fallback font: once a font
 * arrives, every count is measured again and the canvases still on the page are repainted.
 */
function redrawWhenFontsLoad(): void {
  if (watchingFonts || typeof document === 'undefined' || !document.fonts) return;
  watchingFonts = true;
  document.fonts.addEventListener('loadingdone', () => {
    counts.forget();
    countSprites.clear();
    forgetDetached();
    for (const frame of [...lastFrames.values()]) drawTimelineCanvas(...frame);
  });
}

// The bars of a frame, each distinct one once (by look, row and extent to 1/8 px): where it is in
// these arrays, its mark, its row's y and how many events it stands for. At 100,000 events the ten
// years held ~18,000 bars, two thirds of them the same bar again (a year's events in an overflowing row).
const bars = new Map<number, number>();
const barMarks: Mark[] = [];
const barRows: number[] = [];
const barCounts: number[] = [];

/**
 * Paints the marks of a dense window onto a canvas: one pass, no DOM per event. Used when SVG
 * elements would be too many to move every frame; the geometry is the same as the SVG path. The
 * canvas covers the rows of `band` (all of them by default), placed at its top in the plot. A
 * cluster's count is drawn in `lang`'s digits where it fits in its disc; the counts drawn are
 * published as `data-cluster-counts` (ASCII digits, in drawing order), as the SVG's `data-count`.
 */
export function drawTimelineCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  visible: VisibleMarks,
  tops: number[],
  lang: Lang,
  band: Band = [0, height],
): void {
  const ratio = window.devicePixelRatio || 1;
  // Setting a canvas's size allocates and clears its pixels anew: 3-5 ms at 1,100 × 1,850 px, at
  // every filter that changes how many rows the lanes take. The canvas keeps its height while the
  // band fits in it and takes at least two thirds of it; the plot (overflow hidden) clips the rest.
  const wide = Math.round(width * ratio);
  const tall = Math.round((band[1] - band[0]) * ratio);
  if (canvas.width !== wide || canvas.height < tall || canvas.height * 2 > tall * 3) {
    canvas.width = wide;
    canvas.height = tall;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${tall / ratio}px`;
  }
  const top = band[0];
  const placed = `${top}px`;
  if (canvas.style.top !== placed) canvas.style.top = placed;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  // Every row the canvas holds is painted, with room for a shape whose centre is just outside it.
  const bottom = top + canvas.height / ratio;
  const above = top - SHAPE_REACH;
  const below = bottom + SHAPE_REACH;
  ctx.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
  ctx.clearRect(0, top, width, bottom - top);
  forgetDetached();
  lastFrames.set(canvas, [canvas, width, height, visible, tops, lang, band]);
  repaintOnThemeChange();
  redrawWhenFontsLoad();
  followViewport();
  const colours = themeColours(canvas);
  const half = GLYPH_SIZE / 2 + PAD;
  const size = GLYPH_SIZE + PAD * 2;
  // Shapes painted this frame (a glyph or bar per lane, rings, clusters), read by the benchmark.
  let primitives = 0;

  for (const mark of visible.marks) {
    const { item } = mark;
    const bar = mark.left !== mark.right;
    const image = bar ? null : sprite(mark.look, ratio);
    for (let i = 0; i < item.lanes.length; i++) {
      const lane = item.lanes[i] as number;
      const row = item.rows[i] as number;
      const y = rowY(tops, lane, row);
      if (y < above || y > below) continue;
      if (image) {
        primitives++;
        ctx.drawImage(image, mark.x - half, y - half, size, size);
        continue;
      }
      // Bars of one look over the same days in the same row are one bar, painted as darkly as they
      // would be one over another (below); a key that cannot be made stays a bar of its own.
      const left = Math.round((Math.max(-2, mark.left) + 2) * 8);
      const right = Math.round((Math.min(width + 2, mark.right) + 2) * 8);
      const slot = lane * MAX_ROWS + row;
      const keyed = slot < 4096 && left < 65_536 && right < 65_536 && mark.look < 64;
      const key = keyed ? ((mark.look * 4096 + slot) * 65_536 + left) * 65_536 + right : -1 - barMarks.length;
      const known = bars.get(key);
      if (known !== undefined) barCounts[known] = (barCounts[known] as number) + 1;
      else {
        bars.set(key, barMarks.length);
        barMarks.push(mark);
        barRows.push(y);
        barCounts.push(1);
      }
    }
  }
  primitives += barMarks.length;
  for (let b = 0; b < barMarks.length; b++) {
    const mark = barMarks[b] as Mark;
    const y = barRows[b] as number;
    const style = lookStyle(mark.look);
    ctx.fillStyle = style.colour;
    // n bars of one colour at opacity a, one over another, leave 1 − (1 − a)^n of it: painted once.
    const alpha = style.fill === 'solid' ? 0.8 : 0.35;
    ctx.globalAlpha = 1 - (1 - alpha) ** (barCounts[b] as number);
    ctx.fillRect(mark.left, y - 3, mark.right - mark.left, 6);
    ctx.globalAlpha = 1;
    // A light fill alone fades into the dark theme's lanes; its outline keeps the type's 3:1 contrast.
    if (style.fill !== 'solid') {
      ctx.strokeStyle = style.colour;
      ctx.lineWidth = 1;
      ctx.strokeRect(mark.left + 0.5, y - 3.5, Math.max(0, mark.right - mark.left - 1), 7);
    }
  }
  // Emptied once painted: they would otherwise hold this frame's marks until the next paint.
  bars.clear();
  barCounts.length = 0;
  barMarks.length = 0;
  barRows.length = 0;
  // The SVG's ringed ≠ for an event whose sources disagree, as a small ring at the same place.
  const { ink } = colours;
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.2;
  // The rings, then the discs, each as one path: one stroke and one fill of the same opaque colour
  // paint what a stroke or fill per shape would, for a fraction of the calls.
  ctx.beginPath();
  for (const mark of visible.marks) {
    const y = rowY(tops, mark.item.lanes[0] as number, mark.item.rows[0] as number);
    if (y < above || y > below || eventDisagreements(mark.item.event).length === 0) continue;
    primitives++;
    ctx.moveTo(mark.x + 8 + 3.5, y - 9);
    ctx.arc(mark.x + 8, y - 9, 3.5, 0, Math.PI * 2);
  }
  ctx.stroke();
  ctx.fillStyle = colours.accent;
  ctx.beginPath();
  for (const cluster of visible.clusters) {
    const y = rowY(tops, cluster.lane, cluster.row);
    if (y < above || y > below) continue;
    primitives++;
    const r = clusterRadius(cluster.items.length);
    ctx.moveTo(cluster.x + r, y);
    ctx.arc(cluster.x, y, r, 0, Math.PI * 2);
  }
  ctx.fill();
  // The counts go on after every disc: each distinct count is formatted and measured once
  // (countLabels) and painted once (countSprite); the text is the browser's to shape and order.
  drawnCounts.length = 0;
  if (visible.clusters.length > 0 && visible.clusters.length <= COUNTED_CLUSTERS) {
    const countInk = colours.accentInk;
    ctx.font = COUNT_FONT;
    countAt.clear();
    countHalf.clear();
    for (const cluster of visible.clusters) {
      const y = rowY(tops, cluster.lane, cluster.row);
      if (y < above || y > below) continue;
      const label = counts.label(cluster.items.length, lang, ctx);
      if (!label.fits) continue;
      const stamp = countSprite(label.text, label.width, countInk, ratio);
      const w = stamp.width / ratio;
      // Discs of one row may overlap where clusters crowd: a count that would run into the one
      // drawn before it in its row is left to the tooltip.
      const row = cluster.lane * 4096 + cluster.row;
      const at = countAt.get(row);
      if (at !== undefined && Math.abs(cluster.x - at) < (countHalf.get(row) ?? 0) + w / 2 + 1) continue;
      countAt.set(row, cluster.x);
      countHalf.set(row, w / 2);
      ctx.drawImage(stamp, cluster.x - w / 2, y - COUNT_HEIGHT / 2, w, COUNT_HEIGHT);
      drawnCounts.push(label.published);
    }
  }
  canvas.dataset.primitives = String(primitives);
  canvas.dataset.clusterCounts = drawnCounts.join(' ');
}
