import type { Theme } from './theme-choice.ts';

/** A theme's colour custom properties, by name without the leading dashes. */
export type Palette = ReadonlyMap<string, string>;

function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.matchAll(/--([a-z-]+):\s*([^;]+);/g)) {
    found.set(match[1] as string, (match[2] as string).trim());
  }
  return found;
}

function blockAfter(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no "${selector}" block`);
  return css.slice(start, css.indexOf('}', start));
}

/**
 * Both themes' colours as app.css declares them: the light ones on :root, the dark ones on
 * [data-theme="dark"] over the light (a property the dark block leaves out keeps its light value).
 */
export function palettesOf(css: string): Record<Theme, Palette> {
  const light = declarations(blockAfter(css, ':root'));
  const dark = new Map([...light, ...declarations(blockAfter(css, '[data-theme="dark"]'))]);
  return { light, dark };
}
