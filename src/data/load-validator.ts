import type { Validation } from '../model/validate-article.ts';
import type { ReadResult } from './read-result.ts';
import { retryableImport } from './retryable-import.ts';

const validatorCode = retryableImport(() => import('../model/validate-article.ts'));
const readerCode = retryableImport(() => import('./read-record.ts'));

/**
 * The record validator, loaded once as its own chunk (it carries zod): fetched alongside the data
 * rather than before the first screen, so the initial bundle stays small and nothing goes unchecked.
 * A failed fetch is fetched again by the next call.
 */
export function loadValidator(): Promise<(value: unknown) => Validation> {
  return validatorCode().then((module) => module.validateArticle);
}

/**
 * readRecordBytes with the validator, each its own chunk: the page reads a record's bytes on its main
 * thread only to check an article's text, or where workers are missing. A failed fetch is fetched
 * again by the next call.
 */
export async function loadRecordReader(): Promise<
  (file: string, bytes: Uint8Array, limit: number) => ReadResult
> {
  const [{ readRecordBytes }, validate] = await Promise.all([readerCode(), loadValidator()]);
  return (file, bytes, limit) => readRecordBytes(file, bytes, validate, limit);
}

/** checkRecordValue with the validator: a parsed record read again on the main thread (no workers). */
export async function loadValueChecker(): Promise<(file: string, value: unknown) => ReadResult> {
  const [{ checkRecordValue }, validate] = await Promise.all([readerCode(), loadValidator()]);
  return (file, value) => checkRecordValue(file, value, validate);
}
