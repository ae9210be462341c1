import type { Corpus } from '../model/corpus.ts';

/** Where the build wrote the word index of a corpus it planned, and the SHA-256 of its bytes. */
export interface BuiltWordIndex {
  file: string;
  sha256: string;
}

// By corpus object: a corpus joined with links or files is another object, whose index is built here.
const built = new WeakMap<Corpus, BuiltWordIndex>();

/** Notes that `corpus` is the one the build planned, whose word index it wrote to `file`. */
export function noteBuiltWordIndex(corpus: Corpus, file: BuiltWordIndex): void {
  built.set(corpus, file);
}

/** The word index file the build wrote for exactly this corpus, if any. */
export function builtWordIndexOf(corpus: Corpus): BuiltWordIndex | undefined {
  return built.get(corpus);
}
