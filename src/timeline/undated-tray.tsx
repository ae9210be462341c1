import { useState } from 'react';
import { useLocale } from '../app/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';

const PAGE = 50;

/** Events whose date is unknown are kept here, never dropped from the timeline. */
export function UndatedTray({
  events,
  selectedId,
  onSelect,
}: {
  events: CorpusEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, lang } = useLocale();
  // Like the event list, it grows by pages (a large corpus has hundreds of undated events) and always
  // reaches the selection.
  const [limit, setLimit] = useState(PAGE);
  if (events.length === 0) return null;
  const selectedAt = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const shown = Math.min(events.length, Math.max(limit, selectedAt + 1));
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
      {shown < events.length ? (
        <button type="button" className="quiet show-more" onClick={() => setLimit(shown + PAGE)}>
          {t.showMore(
            formatNumber(Math.min(PAGE, events.length - shown), lang),
            formatNumber(events.length - shown, lang),
          )}
        </button>
      ) : null}
    </section>
  );
}
