import type { Validation } from '../model/validate-article.ts';

let loading: Promise<(value: unknown) => Validation> | null = null;

/**
 * The record validator, loaded once as its own chunk (it carries zod): fetched alongside the data
 * rather than before the first screen, so the initial bundle stays small and nothing goes unchecked.
 */
export function loadValidator(): Promise<(value: unknown) => Validation> {
  loading ??= import('../model/validate-article.ts').then((module) => module.validateArticle);
  return loading;
}
