// Search must treat spellings a reader considers the same word as equal. Arabic news text mixes
// hamza seats, alef forms, final ya/alef maqsura and ta marbuta/ha freely (SANA writes both
// "سيرغى" and "سيرغي"), and may carry diacritics, tatweel and either family of digits.
/** The letters folding writes as another: hamza seats and alef forms, ى, ة, Persian ی and ک. */
export const LETTER_MAP: ReadonlyMap<string, string> = new Map(
  Object.entries({
    أ: 'ا',
    إ: 'ا',
    آ: 'ا',
    ٱ: 'ا',
    ٲ: 'ا',
    ٳ: 'ا',
    ى: 'ي',
    ی: 'ي',
    ئ: 'ي',
    ؤ: 'و',
    ة: 'ه',
    ک: 'ك',
  }),
);
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/** Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with 0–9. */
export function toWesternDigits(value: string): string {
  return value
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Marks that belong to the character before them and that folding drops: diacritics, tatweel and the
 * lone hamza (so a span keeps the «ء» of «مساء»). Code ranges, not a regular expression: this runs per
 * character.
 */
export function isWordMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || // marks above and below
    (c >= 0x064b && c <= 0x065f) || // harakat
    c === 0x0670 || // dagger alef
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic marks
    c === 0x0640 || // tatweel
    c === 0x0621 // lone hamza
  );
}

/** Marks and isolates that steer bidi layout and that folding drops. */
export const isBidiControl = (c: number): boolean =>
  c === 0x200e ||
  c === 0x200f ||
  c === 0x061c ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

// The Arabic block's folding, one entry per code (U+0600 + i): 0 keeps the character, DROP drops it,
// anything else is the code it becomes.
const DROP = 1;
const ARABIC_FOLD = new Uint16Array(0x100);
for (let i = 0; i < 0x100; i++)
  if (isWordMark(0x0600 + i) || isBidiControl(0x0600 + i)) ARABIC_FOLD[i] = DROP;
for (const [letter, folded] of LETTER_MAP) ARABIC_FOLD[letter.charCodeAt(0) - 0x0600] = folded.charCodeAt(0);
for (let d = 0; d < 10; d++) {
  ARABIC_FOLD[0x60 + d] = 0x30 + d; // Arabic-Indic digits
  ARABIC_FOLD[0xf0 + d] = 0x30 + d; // Persian digits
}

/** The character a code folds to: null to keep it, '' to drop it, ' ' for white space. */
export function foldCode(c: number): string | null {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? ' ' : null;
  if (c >= 0x0600 && c <= 0x06ff) {
    const folded = ARABIC_FOLD[c - 0x0600] as number;
    return folded === 0 ? null : folded === DROP ? '' : String.fromCharCode(folded);
  }
  if (isBidiControl(c)) return '';
  return isWideSpace(c) ? ' ' : null;
}

/** Whether a UTF-16 unit is white space beyond ASCII, as JavaScript's `\s` reads it. */
export function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Folds a string for matching: hamza and alef forms to ا, ى to ي, ة to ه, no diacritics, tatweel or
 * bidi controls, Western digits, lower-case Latin, single spaces. Never used for display.
 * One pass over the characters, copying the runs that stay as they are: the word index folds the
 * text of every event, and a replace per rule (ten passes) was most of its time.
 */
export function normaliseForSearch(value: string): string {
  const text = value.normalize('NFC');
  let out = '';
  // Where the current run of unchanged characters began; whether a space is owed before what comes
  // next (white space collapses to one, and none is written at either end).
  let from = 0;
  let space = false;
  const write = (piece: string) => {
    if (space && out !== '') out += ' ';
    space = false;
    out += piece;
  };
  for (let i = 0; i < text.length; i++) {
    const folded = foldCode(text.charCodeAt(i));
    if (folded === null) continue;
    if (i > from) write(text.slice(from, i));
    from = i + 1;
    if (folded === ' ') space = true;
    else if (folded !== '') write(folded);
  }
  if (text.length > from) write(text.slice(from));
  return out.toLowerCase();
}
