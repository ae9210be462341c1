import type { ArticleRecord } from '../model/article-schema.ts';
import type { LoadFailure } from './load-error.ts';

/** Records larger than this (5 MiB) are refused before they are parsed. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

/** A record read from outside: the typed record, or why not. Never an exception. */
export type ReadResult = { ok: true; record: ArticleRecord } | { ok: false; failure: LoadFailure };
