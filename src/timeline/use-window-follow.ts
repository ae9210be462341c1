import { useEffect, useRef } from 'react';

const TWO_DAYS = 2 * 86_400_000;

/** What the timeline's window follows besides the reader's own gestures. */
export interface WindowFollowInput {
  /** The window the URL asks for (`window=`), or null. */
  requested: readonly [Date, Date] | null;
  /** What the filters keep, to fit when the date filter changes (null when nothing dated is kept). */
  fitWindow: () => readonly [Date, Date] | null;
  /** The date filter as written (`from|to`); a change of it fits the window to the results. */
  dateFilter: string;
  domain: readonly [Date, Date];
  showWindow: (window: readonly [Date, Date]) => void;
  onWindowChange: (window: [Date, Date]) => void;
}

/**
 * Moves the window when the URL does (back, forward, an edited link) and when the date filter changes
 * (the timeline then fits what the filter keeps). Its own writes round the window to whole days, so a
 * requested window less than two days off the one shown is the timeline's own echo and is left alone.
 */
export function useWindowFollow({
  requested,
  fitWindow,
  dateFilter,
  domain,
  showWindow,
  onWindowChange,
}: WindowFollowInput): void {
  const latest = useRef({ domain, showWindow, onWindowChange, fitWindow });
  latest.current = { domain, showWindow, onWindowChange, fitWindow };

  const fromMs = requested?.[0].getTime() ?? null;
  const toMs = requested?.[1].getTime() ?? null;
  useEffect(() => {
    if (fromMs === null || toMs === null) return;
    const { domain: now, showWindow: show } = latest.current;
    const off = Math.abs(fromMs - now[0].getTime()) + Math.abs(toMs - now[1].getTime());
    if (off > TWO_DAYS) show([new Date(fromMs), new Date(toMs)]);
  }, [fromMs, toMs]);

  const firstFilter = useRef(dateFilter);
  useEffect(() => {
    if (dateFilter === firstFilter.current) return;
    firstFilter.current = dateFilter;
    const { fitWindow: fitted, showWindow: show, onWindowChange: report } = latest.current;
    const next = fitted();
    if (!next) return;
    show(next);
    report([next[0], next[1]]);
  }, [dateFilter]);
}
