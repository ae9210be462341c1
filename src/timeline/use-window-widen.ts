import { useEffect, useRef } from 'react';
import type { CorpusEvent } from '../model/corpus.ts';
import { articlesOf, widenForNewArticles } from '../model/corpus-window.ts';

/** What the window needs to follow newly loaded articles. */
export interface WindowWidenInput {
  /** Every loaded event (not only those the filters keep). */
  allEvents: CorpusEvent[];
  domain: readonly [Date, Date];
  showWindow: (window: readonly [Date, Date]) => void;
  onWindowChange: (window: [Date, Date]) => void;
}

/**
 * Widens the window when articles are loaded beside those shown (a file opened, a link's record
 * arrived), so their events are on screen at once; it writes the window, never a date filter. The first
 * corpus is left to the timeline's own first window.
 */
export function useWindowWiden({ allEvents, domain, showWindow, onWindowChange }: WindowWidenInput): void {
  const known = useRef<Set<string> | null>(null);
  const latest = useRef({ domain, showWindow, onWindowChange });
  latest.current = { domain, showWindow, onWindowChange };
  useEffect(() => {
    const before = known.current;
    known.current = articlesOf(allEvents);
    if (before === null || before.size === 0) return;
    const { domain: now, showWindow: show, onWindowChange: report } = latest.current;
    const next = widenForNewArticles(now, allEvents, before);
    if (!next) return;
    show(next);
    report(next);
  }, [allEvents]);
}
