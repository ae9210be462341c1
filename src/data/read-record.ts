import { closeRecordBidi } from '../model/close-bidi.ts';
import type { Validation } from '../model/validate-article.ts';
import { decodeRecordText } from './decode-record-text.ts';
import { MAX_RECORD_BYTES, type ReadResult } from './read-result.ts';

// The limit and the result's type live apart, so the page's first load, which needs only them, does
// not carry the reading itself (done in the worker, or on the main thread once it is needed).
export { MAX_RECORD_BYTES, type ReadResult };

/** Parses and validates the text of one record with the given validator (the one `rasd validate` uses). */
export function readRecordText(
  file: string,
  text: string,
  validate: (value: unknown) => Validation,
): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: { kind: 'json', file, detail: (error as Error).message } };
  }
  return checkRecordValue(file, value, validate);
}

/**
 * Validates one parsed record (a kept one, or a file's parsed text) with the given validator; a
 * validator that throws is reported as Rasd's own failure for this file, never thrown.
 */
export function checkRecordValue(
  file: string,
  value: unknown,
  validate: (value: unknown) => Validation,
): ReadResult {
  try {
    const result = validate(value);
    return result.ok
      ? { ok: true, record: closeRecordBidi(result.record) }
      : { ok: false, failure: { kind: 'schema', file, problems: result.problems } };
  } catch (error) {
    // The validator reports problems as values; this guards against a bug there taking the page down.
    return {
      ok: false,
      failure: { kind: 'internal', file, detail: String((error as Error)?.message ?? error) },
    };
  }
}

/** Checks the size, decodes UTF-8 strictly, then reads the record. */
export function readRecordBytes(
  file: string,
  bytes: Uint8Array,
  validate: (value: unknown) => Validation,
  limit = MAX_RECORD_BYTES,
): ReadResult {
  if (bytes.byteLength > limit) {
    return { ok: false, failure: { kind: 'too-large', file, size: bytes.byteLength, limit } };
  }
  const decoded = decodeRecordText(bytes);
  if (!decoded.ok) return { ok: false, failure: { kind: 'encoding', file, guess: decoded.guess } };
  return readRecordText(file, decoded.text, validate);
}
