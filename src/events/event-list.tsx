import './event-list.css';
import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { clipList, clipText, NAME_CHARACTERS } from '../model/clip-text.ts';
import type { CorpusArticle, CorpusEvent } from '../model/corpus.ts';
import { markViewPresented, VIEW_MARKS } from '../state/view-marks.ts';
import { Highlighted } from '../ui/highlighted.tsx';
import { usePages } from '../ui/pages.tsx';
import { Quoted } from '../ui/quoted.tsx';
import { scrollIntoPane } from '../ui/scroll-into-pane.ts';
import { TypeGlyph } from '../ui/type-glyph.tsx';
import { PrintEventList } from './print-event-list.tsx';
import { usePrinting } from './use-printing.ts';

/** How many events the list shows at first, and adds each time "show more" is chosen. */
const PAGE = 100;

/** Props of EventList. */
export interface EventListProps {
  events: CorpusEvent[];
  entities: ReadonlyMap<string, EntityRecord>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The free-text query whose matches are marked in titles (default none). */
  query?: string;
  /** The event under the pointer or focus, for the other views (default none). */
  onHoverEvent?: (id: string | null) => void;
  /** The loaded articles, for the evidence quotes of the printed list (default none: no quotes). */
  articles?: readonly CorpusArticle[];
}

/** Participants named in a row (each cut to NAME_CHARACTERS). */
const NAMES_SHOWN = 6;

function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const step = new Map([
    ['ArrowDown', 1],
    ['ArrowUp', -1],
  ]).get(event.key);
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  let next: number | null = null;
  if (step !== undefined) next = Math.min(buttons.length - 1, Math.max(0, at + step));
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = buttons.length - 1;
  if (next === null) return;
  event.preventDefault();
  buttons[next]?.focus();
}

/**
 * The events in time order, each a button that selects it; arrow keys, Home and End move between them.
 * Drawn again only when its own props change: a zoom writes the URL's window, which renders the
 * workspace, and making the list's hundred rows again was the largest part of that render in a trace
 * of a 10,000-event file dropped beside 1,000 events.
 */
export const EventList = memo(function EventList({
  events,
  entities,
  selectedId,
  onSelect,
  query = '',
  onHoverEvent,
  articles = [],
}: EventListProps) {
  const { t, lang, interval, entityName } = useLocale();
  const listRef = useRef<HTMLOListElement>(null);
  const { shown, more } = usePages(events, selectedId, PAGE);
  const visible = events.length > shown ? events.slice(0, shown) : events;
  const printing = usePrinting();

  useEffect(() => markViewPresented(VIEW_MARKS.list), []);

  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector(`[data-event-id="${CSS.escape(selectedId)}"]`);
    scrollIntoPane(item);
  }, [selectedId]);

  if (events.length === 0) return <p className="empty">{t.noEvents}</p>;
  return (
    <>
      <p className="count">{t.eventsCount(events.length)}</p>
      <ol className="event-list" ref={listRef} onKeyDown={moveFocus}>
        {visible.map((event) => {
          const selected = event.id === selectedId;
          // A few names, each cut short: a row of 50 long names took seconds to lay out.
          const { shown: few, left } = clipList(event.participants, NAMES_SHOWN);
          const names = few.map((p) =>
            clipText(entityName(entities.get(p.entity), p.entity), NAME_CHARACTERS),
          );
          if (left > 0) names.push(t.sources.others(left));
          return (
            <li key={event.id}>
              <button
                type="button"
                className="event-item"
                data-event-id={event.id}
                data-status={event.status}
                data-certainty={event.when.certainty}
                aria-pressed={selected}
                onClick={() => onSelect(event.id)}
                onMouseEnter={() => onHoverEvent?.(event.id)}
                onMouseLeave={() => onHoverEvent?.(null)}
                onFocus={() => onHoverEvent?.(event.id)}
                onBlur={() => onHoverEvent?.(null)}
              >
                <span className="event-date">
                  <TypeGlyph type={event.type} />
                  <span>{interval(event.when)}</span>
                  {event.when.text ? (
                    <Quoted className="as-written" text={event.when.text} lang={event.articleLanguage} />
                  ) : null}
                </span>
                <span className="event-title">
                  <Highlighted text={event.title[lang]} query={query} />
                </span>
                <span className="event-meta">
                  {t.types[event.type]}
                  {names.length > 0 ? `${t.separator}${names.join(t.listSeparator)}` : ''}
                  {event.when.certainty !== 'stated'
                    ? `${t.separator}${t.certainties[event.when.certainty]}`
                    : ''}
                  {event.status !== 'occurred' ? `${t.separator}${t.statuses[event.status]}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {more}
      {printing ? <PrintEventList events={events} entities={entities} articles={articles} /> : null}
    </>
  );
});
