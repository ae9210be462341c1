/**
 * A chunk loaded on first use whose "Try again" really fetches it again: the returned function loads it
 * (once, shared by every caller, so a retried chunk is never a second copy); after a failure the next
 * call tries again through import-again.ts, which says what browsers do with a failed `import()`.
 * Kept this small because it is in every page's first load.
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let module: Promise<M> | null = null;
  let tries = 0;
  return () => {
    module ??= (
      tries++
        ? // If even this cannot be fetched, the plain import is all a retry can do.
          import('./import-again.ts').then((again) => again.importAgain(load, tries), load)
        : load()
    ).catch((error: unknown) => {
      module = null;
      throw error;
    });
    return module;
  };
}
