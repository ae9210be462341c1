import { useEffect, useLayoutEffect, useRef } from 'react';
import { placeTooltip } from './place-tooltip.ts';

/**
 * A short card beside the hovered or keyboard-active event or cluster; the accessible name says the
 * same. It is fixed to the viewport, not the plot: the plot clips what overflows it, and an embed's
 * iframe may be shorter than a lane. `x` and `y` are the mark's place in the plot (its offset parent).
 */
export function TimelineTooltip({
  heading,
  detail,
  note,
  x,
  y,
  width,
}: {
  /** The first line, in bold: an event's title, or how many events a cluster holds. */
  heading: string;
  detail: string;
  /** A last line (default none): the cluster an event is drawn in. */
  note?: string;
  x: number;
  y: number;
  /** The plot's width: an anchor outside it (a bar's glyph off screen) is held at its edge. */
  width: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const anchorX = Math.max(0, Math.min(width, x));

  const place = () => {
    const box = ref.current;
    const plot = box?.parentElement;
    if (!box || !plot) return;
    const p = plot.getBoundingClientRect();
    const view = document.documentElement;
    const at = placeTooltip(
      { x: p.left + anchorX, y: p.top + y },
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: view.clientWidth, height: view.clientHeight },
    );
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
  };
  // Before paint, so the card never shows at a clipped place first.
  useLayoutEffect(place);
  useEffect(() => {
    // The page (or a pane) may scroll under a card that stays while the pointer rests.
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  });

  return (
    <div ref={ref} className="tl-tooltip" aria-hidden="true">
      <strong>{heading}</strong>
      <span>{detail}</span>
      {note ? <span>{note}</span> : null}
    </div>
  );
}
