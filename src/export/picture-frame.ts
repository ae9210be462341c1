import { xmlText } from '../model/export/xml-text.ts';
import type { Direction } from '../model/time-scale.ts';

/** The words every exported picture carries, so it never travels without its provenance. */
export interface PictureText {
  title: string;
  /** The active filters, in words. */
  filters: string;
  /** The export date and how many events, in words. */
  exported: string;
  /** "Source: Rasd, from <outlets>". */
  source: string;
  lang: 'ar' | 'en';
  dir: Direction;
}

/** Fixed colours: a picture is printed and pasted, so it does not follow the screen's theme. */
export const PICTURE_COLOURS = { ink: '#1f2328', muted: '#56606b', paper: '#ffffff', lane: '#f2f4f7' };

/** The font stack of every text: the app's own Arabic face by name, then common fallbacks. */
export const PICTURE_FONT = '"Noto Naskh Arabic", "DejaVu Sans", "Segoe UI", Tahoma, sans-serif';

const HEADER = 92;
const FOOTER = 40;
/** Longest line of filters written in full; a longer one is cut with an ellipsis. */
const MAX_LINE = 150;

const clip = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text);

/**
 * An SVG document: the title, filters and date above `body`, the source below, all as text (so it
 * is selectable and searchable) in the interface's direction. `fontFace` is an @font-face rule to
 * embed, for drawing onto a canvas, where the page's fonts are not available to an image.
 */
export function pictureFrame(
  body: { width: number; height: number; content: string },
  text: PictureText,
  fontFace = '',
): string {
  const width = body.width;
  const height = HEADER + body.height + FOOTER;
  const rtl = text.dir === 'rtl';
  // In a right-to-left picture text starts at the right edge: `start` follows `direction`.
  const x = rtl ? width - 16 : 16;
  const line = (y: number, size: number, content: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" direction="${text.dir}" text-anchor="start"${extra}>${xmlText(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${text.lang}" direction="${text.dir}">`,
    `<title>${xmlText(text.title)}</title>`,
    `<desc>${xmlText(`${text.filters}. ${text.exported}. ${text.source}`)}</desc>`,
    `<style>${fontFace}text{font-family:${PICTURE_FONT};fill:${PICTURE_COLOURS.ink}}</style>`,
    `<rect width="${width}" height="${height}" fill="${PICTURE_COLOURS.paper}"/>`,
    line(32, 20, text.title, ' font-weight="bold" class="picture-title"'),
    line(56, 13, clip(text.filters), ' class="picture-filters"'),
    line(76, 13, text.exported, ` fill="${PICTURE_COLOURS.muted}" class="picture-date"`),
    `<g transform="translate(0 ${HEADER})">${body.content}</g>`,
    line(
      HEADER + body.height + 26,
      13,
      text.source,
      ` fill="${PICTURE_COLOURS.muted}" class="picture-source"`,
    ),
    '</svg>',
  ].join('\n');
}

/** A name or other record text set apart from the words around it, so its direction cannot reorder them. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
