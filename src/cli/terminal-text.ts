// A record's text reaches a terminal through `rasd`: control characters there could move the cursor,
// clear the screen or recolour output, and bidi controls could reorder what a person reads.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

const escaped = (ch: string) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;

/** The text with every control, bidi control and line break written as a visible \u{…} escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escaped);
}
