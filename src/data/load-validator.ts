import type { Validation } from '../model/validate-article.ts';
import { retryableImport } from './retryable-import.ts';

const validatorCode = retryableImport(() => import('../model/validate-article.ts'));

/**
 * The record validator, loaded once as its own chunk (it carries zod): fetched alongside the data
 * rather than before the first screen, so the initial bundle stays small and nothing goes unchecked.
 * A failed fetch is fetched again by the next call.
 */
export function loadValidator(): Promise<(value: unknown) => Validation> {
  return validatorCode().then((module) => module.validateArticle);
}
