import { useEffect, useState } from 'react';
import type { CorpusEvent } from '../model/corpus.ts';
import { articlesOf, widenForNewArticles } from '../model/corpus-window.ts';

/** What the window needs to follow newly loaded articles. */
export interface WindowWidenInput {
  /** Every loaded event (not only those the filters keep). */
  allEvents: CorpusEvent[];
  domain: [Date, Date];
  /** Sets the window during the timeline's render (useTimelineZoom's adjustWindow). */
  adjustWindow: (window: [Date, Date]) => void;
  onWindowChange: (window: [Date, Date]) => void;
}

interface Seen {
  events: CorpusEvent[];
  /** The window widened for these events, to be written to the URL after the commit. */
  widened: [Date, Date] | null;
}

/**
 * Widens the window when articles are loaded beside those shown (a file opened, a link's record
 * arrived), so their events are on screen at once; it writes the window, never a date filter. The first
 * corpus is left to the timeline's own first window. The window is set in the render that receives the
 * new events: set after it, every view was drawn twice, once at the old window. Returns the window to
 * draw now: the widened one is also the zoom's state in the render React repeats for the update, so
 * what this render worked out from it is kept.
 */
export function useWindowWiden({
  allEvents,
  domain,
  adjustWindow,
  onWindowChange,
}: WindowWidenInput): [Date, Date] {
  const [seen, setSeen] = useState<Seen>({ events: allEvents, widened: null });
  let shown = domain;
  if (seen.events !== allEvents) {
    // The articles known before are read only now: at the first corpus nothing is worked out.
    const before = articlesOf(seen.events);
    const next = before.size > 0 ? widenForNewArticles(domain, allEvents, before) : null;
    if (next) {
      adjustWindow(next);
      shown = next;
    }
    setSeen({ events: allEvents, widened: next });
  }
  // Written once per widening: a new onWindowChange alone is not a new window.
  // biome-ignore lint/correctness/useExhaustiveDependencies: onWindowChange as of the widening
  useEffect(() => {
    if (seen.widened) onWindowChange(seen.widened);
  }, [seen]);
  return shown;
}
