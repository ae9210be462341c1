import { useLocale } from '../i18n/locale.tsx';
import { formatDay } from '../model/format-date.ts';

/** Props of TimelineToolbar. */
export interface TimelineToolbarProps {
  headingId: string;
  domain: readonly [Date, Date];
  context: string;
  lanes: 'type' | 'person';
  onLanesChange: (lanes: 'type' | 'person') => void;
  onZoom: (factor: number) => void;
  onReset: () => void;
  /** Zooms to every event the filters keep; null when none has a date. */
  onFit: (() => void) | null;
}

/** Heading, the window in words (announced politely), the lane switch and the zoom buttons. */
export function TimelineToolbar({
  headingId,
  domain,
  context,
  lanes,
  onLanesChange,
  onZoom,
  onReset,
  onFit,
}: TimelineToolbarProps) {
  const { t, lang } = useLocale();
  const lastDay = new Date(domain[1].getTime() - 1);
  return (
    <div className="tl-toolbar">
      <h2 id={headingId}>{t.timeline.heading}</h2>
      <p className="tl-window" aria-live="polite">
        {t.timeline.window(
          formatDay(domain[0].toISOString().slice(0, 10), lang),
          formatDay(lastDay.toISOString().slice(0, 10), lang),
        )}
        {context ? (
          <span className="tl-context">
            {t.separator}
            {context}
          </span>
        ) : null}
      </p>
      <div className="tl-controls">
        <fieldset className="segmented">
          <legend>{t.timeline.lanes}</legend>
          {(['type', 'person'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={lanes === mode}
              onClick={() => onLanesChange(mode)}
            >
              {mode === 'type' ? t.timeline.lanesByType : t.timeline.lanesByPerson}
            </button>
          ))}
        </fieldset>
        <div className="zoom-buttons">
          <button
            type="button"
            aria-label={t.timeline.zoomIn}
            title={t.timeline.zoomIn}
            onClick={() => onZoom(2)}
          >
            +
          </button>
          <button
            type="button"
            aria-label={t.timeline.zoomOut}
            title={t.timeline.zoomOut}
            onClick={() => onZoom(0.5)}
          >
            −
          </button>
          <button type="button" onClick={onFit ?? undefined} disabled={!onFit} title={t.timeline.fitHint}>
            {t.timeline.fit}
          </button>
          <button type="button" onClick={onReset}>
            {t.timeline.reset}
          </button>
        </div>
      </div>
    </div>
  );
}
