import type { Lang } from '../model/format-date.ts';

// Paul Tol's "muted" qualitative scheme: nine hues told apart under the common colour-vision deficiencies.
const PALETTE = [
  '#332288',
  '#88CCEE',
  '#117733',
  '#44AA99',
  '#CC6677',
  '#DDCC77',
  '#AA4499',
  '#999933',
  '#882255',
] as const;

// Fixed assignments keep a country's colour the same whatever the filter leaves on screen.
const ASSIGNED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    RU: '#332288',
    US: '#88CCEE',
    IR: '#117733',
    SA: '#44AA99',
    TR: '#CC6677',
    BY: '#DDCC77',
    FR: '#AA4499',
    EG: '#999933',
    SY: '#882255',
  }),
);

/** Fill for entities with no country (international bodies): Tol's pale grey. */
export const NO_COUNTRY_COLOUR = '#DDDDDD';

/** The fill for a country code; codes outside the fixed table hash onto the palette, so colours can repeat. */
export function countryColour(code: string | null): string {
  if (!code) return NO_COUNTRY_COLOUR;
  const assigned = ASSIGNED.get(code);
  if (assigned) return assigned;
  const hash = [...code].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7);
  return PALETTE[hash % PALETTE.length] as string;
}

const names = new Map<Lang, Intl.DisplayNames>();

/** The country's name in the interface language ("روسيا", "Russia"); the code itself if the runtime has none. */
export function countryName(code: string, lang: Lang): string {
  let display = names.get(lang);
  if (!display) {
    display = new Intl.DisplayNames(lang === 'ar' ? 'ar' : 'en', { type: 'region' });
    names.set(lang, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}
