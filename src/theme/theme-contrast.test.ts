import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../model/vocabulary.ts';
import { TYPE_COLOURS } from '../ui/glyph-paths.ts';
import { contrastRatio, parseHex, relativeLuminance } from './contrast.ts';
import { palettesOf } from './theme-palette.ts';

const css = readFileSync(new URL('../app/app.css', import.meta.url), 'utf8');
const palettes = palettesOf(css);

// [foreground, background]: text that is drawn on that background somewhere in the explorer.
const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  ['ink', 'paper'],
  ['ink', 'panel'],
  ['muted', 'paper'],
  ['muted', 'panel'],
  ['accent', 'panel'],
  ['accent', 'paper'],
  ['accent-ink', 'accent'],
  ['header-ink', 'header-bg'],
  ['header-bg', 'header-ink'],
  ['danger', 'panel'],
  ['danger', 'paper'],
  ['ink', 'mark'],
  ['ink', 'mark-hover'],
  ['ink', 'mark-strong'],
  ['ink', 'hit'],
  ['ink', 'selected-bg'],
  ['accent', 'selected-bg'],
  ['ink', 'chip-hover'],
  ['ink', 'quote-bg'],
  ['muted', 'quote-bg'],
  ['ink', 'note-bg'],
  ['muted', 'note-bg'],
  ['ink', 'notice-bg'],
  ['tooltip-ink', 'tooltip-bg'],
  ['ink', 'lane'],
  ['ink', 'lane-odd'],
  ['muted', 'lane'],
  ['muted', 'overview-bg'],
];

// Marks, borders and outlines that carry meaning (WCAG 1.4.11 asks 3:1 of them).
const MARK_PAIRS: readonly (readonly [string, string])[] = [
  ['field-line', 'panel'],
  ['focus', 'panel'],
  ['focus', 'paper'],
  ['focus', 'lane'],
  ['header-focus', 'header-bg'],
  ['accent', 'lane'],
  ['accent', 'overview-bg'],
  ['connector', 'lane'],
  ['connector', 'lane-odd'],
  ['graph-edge', 'panel'],
  ['ink', 'panel'],
  ['mark-line', 'mark-strong'],
  ['legend-mark', 'panel'],
  ['danger', 'panel'],
];

function ratio(theme: 'light' | 'dark', fg: string, bg: string): number {
  const palette = palettes[theme];
  const a = parseHex(palette.get(fg) ?? '');
  const b = parseHex(palette.get(bg) ?? '');
  if (!a || !b) throw new Error(`${theme}: --${fg} or --${bg} is not a #hex colour`);
  return contrastRatio(a, b);
}

describe('the WCAG contrast arithmetic', () => {
  it('gives the reference values', () => {
    expect(relativeLuminance([255, 255, 255])).toBe(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1F5D73')).toEqual([31, 93, 115]);
    expect(parseHex('rgba(0,0,0,1)')).toBeNull();
  });
});

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  it('declares every colour of the other theme', () => {
    expect([...palettes[theme].keys()].sort()).toEqual([...palettes.light.keys()].sort());
    expect(palettes[theme].size).toBe(40);
  });

  it.each(TEXT_PAIRS)('text --%s on --%s reaches 4.5:1', (fg, bg) => {
    expect(ratio(theme, fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARK_PAIRS)('mark --%s on --%s reaches 3:1', (fg, bg) => {
    expect(ratio(theme, fg, bg)).toBeGreaterThanOrEqual(3);
  });

  it.each(EVENT_TYPES)('the %s glyph colour reaches 3:1 on the panel, the paper and both lanes', (type) => {
    const colour = parseHex(TYPE_COLOURS[type]);
    if (!colour) throw new Error(`${type}: not a #hex colour`);
    for (const bg of ['panel', 'paper', 'lane', 'lane-odd']) {
      const under = parseHex(palettes[theme].get(bg) ?? '');
      if (!under) throw new Error(`--${bg} is not a #hex colour`);
      expect(contrastRatio(colour, under), `${type} on --${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the dark theme', () => {
  it('is the one the embed uses: embed.css declares no colours of its own', () => {
    const embed = readFileSync(new URL('../embed/embed.css', import.meta.url), 'utf8');
    expect(embed.match(/#[0-9a-f]{3,6}\b|rgba?\(/gi)).toBeNull();
    expect(palettes.dark.get('paper')).toBe('#15191e');
    expect(palettes.dark.get('panel')).toBe('#1e242b');
  });
});
