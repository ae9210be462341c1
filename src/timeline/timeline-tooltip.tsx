import { useLocale } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';

/** A short card beside the hovered or keyboard-active event; the accessible name says the same. */
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
  width: number;
  name: (event: CorpusEvent) => string;
}) {
  const { lang } = useLocale();
  const left = Math.max(4, Math.min(width - 264, x - 130));
  return (
    <div className="tl-tooltip" style={{ left, top: y + 16 }} aria-hidden="true">
      <strong>{event.title[lang]}</strong>
      <span>{name(event)}</span>
    </div>
  );
}
