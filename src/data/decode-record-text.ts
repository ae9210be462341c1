/** What a file that is not UTF-8 most likely is, when the bytes say so; null when they do not. */
export type EncodingGuess = 'UTF-16' | 'windows-1256' | null;

/** The text of a record's bytes, or a guess at the encoding it was written in instead of UTF-8. */
export type DecodedText = { ok: true; text: string } | { ok: false; guess: EncodingGuess };

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  // JSON is mostly ASCII: in UTF-16 every other byte of it is zero.
  const sample = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return sample >= 2 && zeros * 3 >= sample;
}

function looksLikeWindows1256(bytes: Uint8Array): boolean {
  // Arabic letters in windows-1256 sit at 0xC1–0xFE; text written in it has many of them.
  let high = 0;
  for (const byte of bytes) if (byte >= 0xc1 && byte <= 0xfe) high++;
  return high > 0;
}

/**
 * Decodes a record's bytes as the app and `rasd` both read them: strict UTF-8 (no replacement
 * characters), a leading byte-order mark accepted and dropped.
 */
export function decodeRecordText(bytes: Uint8Array): DecodedText {
  if (looksLikeUtf16(bytes)) return { ok: false, guess: 'UTF-16' };
  try {
    // ignoreBOM: false (the default) makes the decoder drop one leading BOM itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, guess: looksLikeWindows1256(bytes) ? 'windows-1256' : null };
  }
}

/** The words `rasd` and the app's English interface use for a file that is not UTF-8. */
export function notUtf8Detail(guess: EncodingGuess): string {
  return guess ? `not UTF-8 text (it looks like ${guess})` : 'not UTF-8 text';
}
