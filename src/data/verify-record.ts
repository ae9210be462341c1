import type { ArticleRecord } from '../model/article-schema.ts';
import type { ReadResult } from './read-record.ts';

/** Lower-case hex SHA-256 of the bytes, or null where Web Crypto is missing (a page not served securely). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The record in `bytes` when they are exactly the bytes the build validated (their SHA-256 is the
 * index's), else null: the caller then checks the record in full, as it would any other file. The
 * hash is computed off the main thread by the browser, where the full check would take seconds on a
 * large corpus.
 */
export async function readVerifiedRecord(
  bytes: Uint8Array<ArrayBuffer>,
  sha256: string | undefined,
): Promise<ReadResult | null> {
  if (!sha256 || (await sha256Hex(bytes)) !== sha256) return null;
  return readCheckedBytes(bytes);
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
