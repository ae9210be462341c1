import { retryableImport } from '../data/retryable-import.ts';
import { whenFirstFrame } from './presented.ts';

/** The gesture code (d3-zoom, d3-brush), loaded once for every timeline on the page. */
export type Gestures = typeof import('./gesture-behaviours.ts');

let loading: Promise<Gestures> | null = null;

const gestureCode = retryableImport(() => import('./gesture-behaviours.ts'));

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Resolves at the reader's next press, key, wheel or touch, or when `alsoOn` calls back first. */
function nextInteraction(alsoOn?: (go: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of INTERACTIONS) window.addEventListener(type, go, { capture: true, passive: true });
    alsoOn?.(go);
  });
}

/**
 * Loads the gesture code once the timeline's first frame is on screen or the reader first presses,
 * types or wheels, whichever comes first (the first frame is static, so its bytes and parse time go to
 * the marks). If the code cannot be fetched, the timeline stays still and the load is tried again at
 * each next press, key or wheel until it arrives: that is when the reader shows they want to move it.
 */
export function loadGestures(): Promise<Gestures> {
  loading ??= (async () => {
    await nextInteraction(whenFirstFrame);
    for (;;) {
      try {
        return await gestureCode();
      } catch {
        await nextInteraction();
      }
    }
  })();
  return loading;
}
