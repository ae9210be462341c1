import type { Problem } from '../model/validate-article.ts';
import type { EncodingGuess } from './decode-record-text.ts';

/** Why a record could not be loaded, with enough detail for a person to fix it. */
export type LoadFailure =
  | { kind: 'network'; file: string; detail: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'schema'; file: string; problems: Problem[] }
  /** `size` is what was read before stopping; `atLeast` when more was still coming. */
  | { kind: 'too-large'; file: string; size: number; limit: number; atLeast?: boolean }
  | { kind: 'encoding'; file: string; guess: EncodingGuess }
  /** A source that sent nothing, or stopped sending, for `seconds`. */
  | { kind: 'timeout'; file: string; seconds: number }
  | { kind: 'redirect-loop'; file: string }
  /** A src address that redirected to one Rasd does not load from (http:// of another site). */
  | { kind: 'redirected'; file: string; to: string }
  /** A bug of Rasd's own met while checking this file; the other files are unaffected. */
  | { kind: 'internal'; file: string; detail: string }
  | { kind: 'refused'; file: string; detail: string }
  /** A file of the reader's that the browser could not read (a folder; a file moved or changed since it was chosen). */
  | { kind: 'unreadable'; file: string; detail: string }
  /** The code that checks records did not arrive (offline; replaced by a new version), so the file was not read. */
  | { kind: 'not-checked'; file: string; detail: string }
  /** The file is no longer the one the page loaded (a new version was published since). */
  | { kind: 'changed'; file: string };

/** An Error that carries LoadFailures through TanStack Query to the error view. */
export class CorpusLoadError extends Error {
  readonly failures: LoadFailure[];
  constructor(failures: LoadFailure[]) {
    super(failures.map((f) => `${f.file}: ${f.kind}`).join('; '));
    this.name = 'CorpusLoadError';
    this.failures = failures;
  }
}
