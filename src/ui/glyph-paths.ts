import type { EventType } from '../model/article-schema.ts';

/**
 * One shape per event type in a 12×12 box centred on (6, 6), shared by the list, the legend, the SVG
 * timeline and the canvas one (Path2D reads the same strings), so a type looks the same everywhere.
 */
export const GLYPH_PATHS: Record<EventType, string> = {
  'phone-call': 'M6 1 L11 6 L6 11 L1 6 Z',
  meeting: 'M6 6 m-5 0 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0',
  'press-conference': 'M1.5 1.5 H10.5 V10.5 H1.5 Z',
  statement: 'M6 1 L11 11 H1 Z',
  decision: 'M1 4 H4 V1 H8 V4 H11 V8 H8 V11 H4 V8 H1 Z',
  agreement: 'M6 0.5 L7.6 4.3 L11.5 4.6 L8.5 7.2 L9.4 11.2 L6 9.1 L2.6 11.2 L3.5 7.2 L0.5 4.6 L4.4 4.3 Z',
  communique: 'M2 1 H10 V11 H2 Z M4 4 H8 M4 6 H8 M4 8 H7',
  'planned-visit': 'M2.5 11.5 V1 H10 L8 4 L10 7 H2.5',
  'ongoing-contacts': 'M1 3.5 H11 M1 6 H11 M1 8.5 H11',
};

/** Types drawn as outlines (their shapes are line drawings, not solids). */
export const STROKED_GLYPHS: ReadonlySet<EventType> = new Set([
  'communique',
  'planned-visit',
  'ongoing-contacts',
]);

/**
 * One colour per type, distinguishable for common colour-vision deficiencies (Okabe–Ito based), each
 * a middle tone with 3:1 contrast against the light and the dark theme's panels and lanes alike, so
 * the canvas, the SVG marks and exported pictures need no second table (src/theme checks them).
 */
export const TYPE_COLOURS: Record<EventType, string> = {
  'phone-call': '#0a78bb',
  meeting: '#d55e00',
  'press-conference': '#009e73',
  statement: '#937500',
  decision: '#c4679b',
  agreement: '#2f8fcf',
  communique: '#8b68c0',
  'planned-visit': '#cc4a14',
  'ongoing-contacts': '#7f7f7f',
};
