import { retryableImport } from './retryable-import.ts';

/**
 * The code that builds a corpus from records (model/build-corpus.ts: linking, settling claims, scoping
 * dates, sorting), fetched when first needed: the bundled corpus comes planned by the build, so a page
 * needs it only for records from links and files, or when a shard could not be used. A failed fetch is
 * tried again on the next call.
 */
export const corpusBuilder = retryableImport(() => import('../model/build-corpus.ts'));

/** Where a failure to fetch that code is reported, in the list of what could not be loaded. */
export const CORPUS_BUILDER_FILE = 'assets/build-corpus.js';
