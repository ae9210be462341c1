import type { CorpusEvent } from '../model/corpus.ts';
import { xmlText } from '../model/export/xml-text.ts';
import { formatNumber, type Lang } from '../model/format-date.ts';
import { createTimeScale, type Direction } from '../model/time-scale.ts';
import { timeTicks } from '../model/time-ticks.ts';
import { type Lane, layoutTimeline } from '../model/timeline-layout.ts';
import { type Mark, visibleMarks } from '../model/timeline-marks.ts';
import { fullExtent } from '../model/timeline-window.ts';
import { placeLabels } from '../timeline/place-labels.ts';
import { AXIS_HEIGHT, GLYPH_SIZE, laneTops, markStyle, rowY } from '../timeline/timeline-geometry.ts';
import { GLYPH_PATHS, STROKED_GLYPHS } from '../ui/glyph-paths.ts';
import { PICTURE_COLOURS, type PictureText, pictureFrame } from './picture-frame.ts';

/** What the timeline picture is drawn from. */
export interface TimelinePictureInput {
  /** The events the filters keep, in time order. */
  events: CorpusEvent[];
  lanes: 'type' | 'person';
  /** The window to draw, or null for everything the events reach. */
  window: readonly [Date, Date] | null;
  lang: Lang;
  dir: Direction;
  /** A lane's name in the interface language. */
  laneLabel: (lane: Lane) => string;
  /** The short label beside a point mark (its participants). */
  markLabel: (event: CorpusEvent) => string;
  text: PictureText;
  /** @font-face rules to embed (for PNG drawing); default none, the font is referenced by name. */
  fontFace?: string;
}

const GUTTER = 160;
const PLOT = 900;
const scale = GLYPH_SIZE / 12;
// Text is not measured outside a page: a generous width per character keeps labels from colliding.
const estimateWidth = (text: string) => text.length * 7.5;

function glyph(mark: Mark, x: number, y: number): string {
  const style = markStyle(mark.item);
  const type = mark.item.event.type;
  const filled = !STROKED_GLYPHS.has(type) && style.fill !== 'hollow';
  const dash = style.dash.map((d) => d / scale).join(' ');
  return `<path d="${GLYPH_PATHS[type]}" transform="translate(${x - 6 * scale} ${y - 6 * scale}) scale(${scale})" fill="${filled ? style.colour : PICTURE_COLOURS.paper}" fill-opacity="${style.fill === 'light' ? 0.35 : 1}" stroke="${style.colour}" stroke-width="${1.3 / scale}"${dash ? ` stroke-dasharray="${dash}"` : ''}${style.planned ? ' opacity="0.6"' : ''}/>`;
}

function bar(mark: Mark, y: number): string {
  const style = markStyle(mark.item);
  const tail = 36;
  const left = mark.openLeft ? mark.left + tail : mark.left;
  const right = mark.openRight ? mark.right - tail : mark.right;
  const open = (from: number, edge: number, sign: number) =>
    `<path d="M${from} ${y} H${edge + sign * 8} M${edge + sign * 14} ${y - 5} L${edge + sign * 8} ${y} L${edge + sign * 14} ${y + 5}" stroke="${style.colour}" stroke-dasharray="4 3" fill="none" stroke-width="2"/>`;
  return [
    `<rect x="${left}" y="${y - 3}" width="${Math.max(1, right - left)}" height="6" fill="${style.fill === 'hollow' ? 'none' : style.colour}" fill-opacity="${style.planned ? 0.25 : style.fill === 'solid' ? 0.8 : 0.35}"${style.planned || style.fill === 'hollow' ? ` stroke="${style.colour}" stroke-dasharray="${style.planned ? '6 3' : '1 2'}"` : ''}/>`,
    mark.openLeft ? open(left, mark.left, 1) : '',
    mark.openRight ? open(right, mark.right, -1) : '',
    glyph(mark, mark.x, y),
  ].join('');
}

/** The timeline of the filtered events as an SVG document, laid out as the view lays it out. */
export function timelinePicture(input: TimelinePictureInput): string {
  const { events, lang, dir } = input;
  const layout = layoutTimeline(events, input.lanes);
  const domain = input.window ?? fullExtent(events) ?? [new Date(0), new Date(86_400_000)];
  const x = createTimeScale(domain, PLOT, dir);
  const visible = visibleMarks(layout, (ms) => x(ms), [domain[0].getTime(), domain[1].getTime()], PLOT);
  const { tops, heights, total } = laneTops(layout);
  const { ticks } = timeTicks(domain, PLOT, lang);
  // The lane names sit on the start side: on the right in Arabic, as in the view.
  const plotX = dir === 'rtl' ? 0 : GUTTER;
  const gutterX = dir === 'rtl' ? PLOT + 8 : 8;
  const labels = placeLabels(
    visible.marks,
    (lane, row) => rowY(tops, lane, row),
    (mark) => input.markLabel(mark.item.event),
    estimateWidth,
    dir,
    PLOT,
  );
  const parts: string[] = [];
  layout.lanes.forEach((lane, i) => {
    const top = tops[i] ?? 0;
    const height = heights[i] ?? 0;
    parts.push(
      `<rect x="0" y="${top}" width="${PLOT + GUTTER}" height="${height}" fill="${i % 2 ? PICTURE_COLOURS.paper : PICTURE_COLOURS.lane}"/>`,
      `<text x="${dir === 'rtl' ? PLOT + GUTTER - 8 : gutterX}" y="${top + height / 2}" dy="0.35em" font-size="13" direction="${dir}" text-anchor="start" class="picture-lane">${xmlText(input.laneLabel(lane))}</text>`,
    );
  });
  const plot: string[] = [];
  for (const tick of ticks) {
    const px = x(tick.time);
    if (px < 0 || px > PLOT) continue;
    plot.push(
      `<line x1="${px}" x2="${px}" y1="${AXIS_HEIGHT - 6}" y2="${total}" stroke="#c9ced6" stroke-width="${tick.major ? 1 : 0.5}"/>`,
      `<text x="${px < 24 ? px + 3 : px > PLOT - 24 ? px - 3 : px}" y="${AXIS_HEIGHT - 11}" font-size="11" direction="ltr" text-anchor="${px < 24 ? 'start' : px > PLOT - 24 ? 'end' : 'middle'}" fill="${PICTURE_COLOURS.muted}">${xmlText(tick.label)}</text>`,
    );
  }
  plot.push(
    `<line x1="0" x2="${PLOT}" y1="${AXIS_HEIGHT}" y2="${AXIS_HEIGHT}" stroke="${PICTURE_COLOURS.muted}"/>`,
  );
  for (const mark of visible.marks) {
    const { item } = mark;
    const ys = item.lanes.map((lane, i) => rowY(tops, lane, item.rows[i] as number));
    if (ys.length > 1)
      plot.push(
        `<line x1="${mark.x}" x2="${mark.x}" y1="${Math.min(...ys)}" y2="${Math.max(...ys)}" stroke="${PICTURE_COLOURS.muted}" stroke-width="1.5"/>`,
      );
    for (const y of ys) plot.push(mark.left !== mark.right ? bar(mark, y) : glyph(mark, mark.x, y));
  }
  for (const cluster of visible.clusters) {
    const y = rowY(tops, cluster.lane, cluster.row);
    plot.push(
      `<circle cx="${cluster.x}" cy="${y}" r="10" fill="${PICTURE_COLOURS.paper}" stroke="${PICTURE_COLOURS.ink}"/>`,
      `<text x="${cluster.x}" y="${y}" dy="0.35em" font-size="11" text-anchor="middle">${xmlText(formatNumber(cluster.items.length, lang))}</text>`,
    );
  }
  for (const label of labels) {
    plot.push(
      `<text x="${label.x}" y="${label.y}" dy="0.35em" font-size="12" direction="${dir}" text-anchor="start" class="picture-mark-label">${xmlText(label.text)}</text>`,
    );
  }
  const content = `${parts.join('')}<g transform="translate(${plotX} 0)">${plot.join('')}</g>`;
  return pictureFrame({ width: PLOT + GUTTER, height: total + 8, content }, input.text, input.fontFace);
}
