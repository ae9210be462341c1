import { useCallback, useEffect, useReducer, useState } from 'react';

/** A module fetched on first use, read by components without suspending (see useLoadedModule). */
export interface LoadedModule<T> {
  /** The module once it has arrived, else null. */
  current: () => T | null;
  /** Starts (or joins) the fetch; resolves to the module. */
  load: () => Promise<T>;
}

/** Wraps a chunk's loader (a retryableImport, so that a retry really fetches again). */
export function loadedModule<T>(fetch: () => Promise<T>): LoadedModule<T> {
  let module: T | null = null;
  return {
    current: () => module,
    load: () =>
      fetch().then((loaded) => {
        module = loaded;
        return loaded;
      }),
  };
}

/**
 * The module for a component that `wants` it: null until it has arrived (the component renders again
 * then), `failed` after a failed fetch, and `retry` to fetch again. Not a lazy component in a Suspense
 * boundary: React holds a boundary's reveal back until 300 ms after any fallback was last shown, which
 * put the timeline's canvas 60 ms and the participant graph some 100 ms behind their code on the
 * first load.
 */
export function useLoadedModule<T>(source: LoadedModule<T>, wanted: boolean) {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt asks again after a failure
  useEffect(() => {
    if (!wanted || source.current()) return;
    let live = true;
    source.load().then(
      () => live && arrived(),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [source, wanted, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { module: source.current(), failed, retry };
}
