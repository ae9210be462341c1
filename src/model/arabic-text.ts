// Search must treat spellings a reader considers the same word as equal. Arabic news text mixes
// hamza seats, alef forms, final ya/alef maqsura and ta marbuta/ha freely (SANA writes both
// "سيرغى" and "سيرغي"), and may carry diacritics, tatweel and either family of digits.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
const LETTER_MAP: ReadonlyMap<string, string> = new Map(
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
const LETTERS = new RegExp(`[${[...LETTER_MAP.keys()].join('')}]`, 'g');
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/** Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with 0–9. */
export function toWesternDigits(value: string): string {
  return value
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Folds a string for matching: hamza and alef forms to ا, ى to ي, ة to ه, no diacritics, tatweel or
 * bidi controls, Western digits, lower-case Latin, single spaces. Never used for display.
 */
export function normaliseForSearch(value: string): string {
  return toWesternDigits(
    value.normalize('NFC').replace(DIACRITICS, '').replace(TATWEEL, '').replace(BIDI_CONTROLS, ''),
  )
    .replace(LETTERS, (ch) => LETTER_MAP.get(ch) ?? ch)
    .replace(/ء/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
