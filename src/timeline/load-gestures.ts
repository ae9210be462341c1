import { whenFirstFrame } from './presented.ts';

/** The gesture code (d3-zoom, d3-brush), loaded once for every timeline on the page. */
export type Gestures = typeof import('./gesture-behaviours.ts');

let loading: Promise<Gestures> | null = null;
let wanted: Promise<void> | null = null;

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Resolves once the timeline's first frame is on screen or the reader first presses, types or wheels,
 * whichever comes first: the first frame is static, so its bytes and parse time go to the marks.
 */
function gesturesWanted(): Promise<void> {
  wanted ??= new Promise((resolve) => {
    const go = () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of INTERACTIONS) window.addEventListener(type, go, { capture: true, passive: true });
    whenFirstFrame(go);
  });
  return wanted;
}

/** Loads the gesture code when it is wanted; a failed load is tried again by the next caller. */
export function loadGestures(): Promise<Gestures> {
  loading ??= gesturesWanted()
    .then(() => import('./gesture-behaviours.ts'))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
