import type { Problem } from '../model/validate-article.ts';

/** Why a record could not be loaded, with enough detail for a person to fix it. */
export type LoadFailure =
  | { kind: 'network'; file: string; detail: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'schema'; file: string; problems: Problem[] }
  | { kind: 'too-large'; file: string; size: number; limit: number }
  | { kind: 'refused'; file: string; detail: string }
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
