import { useSyncExternalStore } from 'react';

// How many times web fonts have finished loading on this page while something measured text. Text
// measured before a font arrives was measured in a fallback (DejaVu Sans is wider than Noto Naskh
// Arabic): whatever was placed from those widths must be placed again.
let arrivals = 0;
const subscribers = new Set<() => void>();

function arrived(): void {
  arrivals += 1;
  for (const changed of subscribers) changed();
}

/** One listener on document.fonts for every subscriber, removed when the last one leaves. */
function subscribe(changed: () => void): () => void {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return () => {};
  if (subscribers.size === 0) fonts.addEventListener('loadingdone', arrived);
  subscribers.add(changed);
  return () => {
    subscribers.delete(changed);
    if (subscribers.size === 0) fonts.removeEventListener('loadingdone', arrived);
  };
}

const current = () => arrivals;

/**
 * A number that changes each time web fonts finish loading: put it among the dependencies of
 * anything computed from measured text, so that it is computed again in the font the page shows.
 */
export function useFontsArrived(): number {
  return useSyncExternalStore(subscribe, current, current);
}
