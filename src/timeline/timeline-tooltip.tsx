import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { placeTooltip } from './place-tooltip.ts';

/**
 * A short card beside the hovered or keyboard-active event; the accessible name says the same.
 * It is fixed to the viewport, not the plot: the plot clips what overflows it, and an embed's iframe
 * may be shorter than a lane. `x` and `y` are the event's place in the plot (its offset parent).
 */
export function TimelineTooltip({
  event,
  x,
  y,
  width,
  name,
}: {
  event: CorpusEvent;
  x: number;
  y: number;
  /** The plot's width: an anchor outside it (a bar's glyph off screen) is held at its edge. */
  width: number;
  name: (event: CorpusEvent) => string;
}) {
  const { lang } = useLocale();
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
      <strong>{event.title[lang]}</strong>
      <span>{name(event)}</span>
    </div>
  );
}
