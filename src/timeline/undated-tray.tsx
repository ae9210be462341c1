import { memo } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';
import { usePages } from '../ui/pages.tsx';

const PAGE = 50;

/**
 * Events whose date is unknown are kept here, never dropped from the timeline.
 * Memoised: a zoom renders the timeline at every frame, and the tray does not change with the window.
 */
export const UndatedTray = memo(function UndatedTray({
  events,
  selectedId,
  onSelect,
}: {
  events: CorpusEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, lang } = useLocale();
  // Like the event list, it grows by pages: a large corpus has hundreds of undated events.
  const { shown, more } = usePages(events, selectedId, PAGE);
  if (events.length === 0) return null;
  return (
    <section className="tl-undated" aria-label={t.timeline.undated}>
      <h3>
        {t.timeline.undated} ({formatNumber(events.length, lang)})
      </h3>
      <ul>
        {events.slice(0, shown).map((event) => (
          <li key={event.id}>
            <button type="button" aria-pressed={event.id === selectedId} onClick={() => onSelect(event.id)}>
              {event.title[lang]}
            </button>
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
});
