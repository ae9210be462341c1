/**
 * The second and later tries of a chunk that failed (see retryableImport, which loads this file only
 * then). Measured in Debian's Chromium 156 through Playwright, December 2026:
 * - This Chromium does not keep a failed module fetch (its ModuleMapDoNotCacheFailedFetch feature, the
 *   HTML change whatwg/html#10327): after a network failure, a 404 or a 500 of the chunk, or of a
 *   static dependency of it, the same `import()` fetches what failed again and succeeds.
 * - With that feature off (`--disable-features=ModuleMapDoNotCacheFailedFetch`), as in older Chromium
 *   and in browsers that have not shipped the change, the module map keeps a failed fetch for the life
 *   of the page: the same `import()` fails at once, without a request. A new address of the chunk
 *   (`?retry=N`) is fetched, and its static imports resolve to the same addresses as before, so shared
 *   modules (React, its contexts, module-level caches) stay single. But a static dependency that failed
 *   stays failed for every module importing it: only a reload fetches it again.
 * - Vite's preload helper tries each stylesheet once: one that failed is never added again.
 */
export async function importAgain<M>(load: () => Promise<M>, tries: number): Promise<M> {
  restoreStylesheets(tries);
  try {
    return await load();
  } catch (error) {
    // Chromium and Firefox name the chunk in the error; without its address only a reload can help.
    const url = /https?:\/\/\S+?\.js\b/.exec(String(error))?.[0];
    if (!url) return reload();
    const fresh = `${url}?retry=${tries}`;
    let chunk: Record<string, unknown>;
    try {
      chunk = await import(/* @vite-ignore */ fresh);
    } catch (again) {
      // The chunk itself arrived, so what failed is a dependency this page can no longer fetch.
      const [arrived] = performance.getEntriesByName(fresh) as PerformanceResourceTiming[];
      if (arrived?.responseStatus === 200) return reload();
      throw again;
    }
    // A module that shares its chunk with others is not the chunk's namespace but one export of it (the
    // bundler's own `import('./chunk.js').then((c) => c.n)`): the one export that is a module namespace.
    const inner = Object.values(chunk).filter(
      (value) => (value as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === 'Module',
    );
    if (inner.length > 1) return reload();
    return (inner[0] ?? chunk) as M;
  }
}

function restoreStylesheets(tries: number) {
  // The copy goes beside: a sheet still on its way is not cut off (whoever waits for it would wait on).
  for (const link of document.querySelectorAll<HTMLLinkElement>(
    'link[rel="stylesheet"]:not([data-retried])',
  )) {
    if (link.sheet) continue;
    const copy = link.cloneNode() as HTMLLinkElement;
    copy.href = `${link.href.split('?')[0]}?retry=${tries}`;
    link.dataset.retried = '';
    link.after(copy);
  }
}

// Every view's state is in the address, and drafts and opened files are kept in the browser's storage.
function reload(): Promise<never> {
  window.location.reload();
  return new Promise(() => {});
}
