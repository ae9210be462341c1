import type { ArticleRecord } from '../model/article-schema.ts';
import type { ReadResult } from './read-result.ts';

/** Lower-case hex SHA-256 of the bytes, or null where Web Crypto is missing (a page not served securely). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Parses bytes already known to hold a checked record (their hash matched); null if they do not parse. */
export function readCheckedBytes(bytes: Uint8Array<ArrayBuffer>): ReadResult | null {
  try {
    const record = JSON.parse(new TextDecoder().decode(bytes)) as ArticleRecord;
    return { ok: true, record };
  } catch {
    // Cannot happen for bytes the build wrote; the full check will say what is wrong.
    return null;
  }
}
