/** The gesture code (d3-zoom, d3-brush), loaded once for every timeline on the page. */
export type Gestures = typeof import('./gesture-behaviours.ts');

let loading: Promise<Gestures> | null = null;

/** Loads the gesture code; a failed load is tried again by the next caller. */
export function loadGestures(): Promise<Gestures> {
  loading ??= import('./gesture-behaviours.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
