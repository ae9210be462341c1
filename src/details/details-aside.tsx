import './details.css';
import { useEffect, useRef } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { LOAD_PART_STRINGS } from '../i18n/load-part-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { type Corpus, type CorpusEvent, notesFor } from '../model/corpus.ts';
import { LoadFailed } from '../ui/load-failed.tsx';
import { loadedModule, useLoadedModule } from '../ui/loaded-module.ts';

// The details of an event (its claims, reports, quotes and notes) are fetched after the first draw, or
// at once when the link selects an event: a page opens with nothing selected.
const detailsCode = loadedModule(retryableImport(() => import('./event-details.tsx')));

/**
 * Scrolls the pane, and only when the pane cannot scroll far enough the page (by no more than the
 * pane's own distance from the top), so that `quote` ends inside the window: a pane beside the
 * timeline may reach below the window's bottom edge even when it does not overflow itself.
 */
function bringIntoSight(pane: HTMLElement, quote: Element | null): void {
  if (!quote) return;
  const gap = 8;
  const paneBox = pane.getBoundingClientRect();
  const box = quote.getBoundingClientRect();
  const overflow = box.bottom + gap - Math.min(paneBox.bottom, window.innerHeight);
  if (overflow <= 0) return;
  // Never so far that the quote's own top would leave the pane.
  const byPane = Math.max(
    0,
    Math.min(overflow, pane.scrollHeight - pane.clientHeight, box.top - paneBox.top - gap),
  );
  pane.scrollTop += byPane;
  const byPage = Math.min(box.bottom - byPane + gap - window.innerHeight, paneBox.top - gap);
  if (byPage > 0) window.scrollBy({ top: byPage });
}

/** Props of DetailsAside. */
export interface DetailsAsideProps {
  /** The selected event, or null for the hint. */
  event: CorpusEvent | null;
  /** An `event` id from the link that names no event (default none). */
  unknownId: string | null;
  /** True once the first draw is on screen: the details' code is fetched then, if not before. */
  afterFirstDraw: boolean;
  corpus: Corpus;
  titleOf: (eventId: string) => string;
  onClear: () => void;
}

/**
 * The details pane. Where it stands is the workspace's choice (beside the timeline, or beside the
 * list and reader); on a phone a selected event's pane is a bottom sheet over the page, which its
 * clear button dismisses. A new selection scrolls the pane (never the page) to the first evidence
 * quote when it is out of sight, so the sentence that reports the event is what the reader sees.
 */
export function DetailsAside({
  event,
  unknownId,
  afterFirstDraw,
  corpus,
  titleOf,
  onClear,
}: DetailsAsideProps) {
  const { t, lang } = useLocale();
  const code = useLoadedModule(detailsCode, afterFirstDraw || event !== null);
  const EventDetails = code.module?.EventDetails;
  const ref = useRef<HTMLElement>(null);
  const id = event?.id ?? null;
  // Once the details are drawn: at the selection, or when their code arrives after it.
  useEffect(() => {
    const pane = ref.current;
    if (id === null || !pane || !EventDetails) return;
    pane.scrollTop = 0;
    bringIntoSight(pane, pane.querySelector('.details blockquote'));
  }, [id, EventDetails]);
  return (
    <aside
      ref={ref}
      className={event ? 'pane details-pane has-event' : 'pane details-pane'}
      aria-label={t.detailsHeading}
    >
      {unknownId ? <p className="notice">{t.unknownEvent(unknownId)}</p> : null}
      {event && !EventDetails ? (
        code.failed ? (
          <LoadFailed lang={lang} part="details" onRetry={code.retry} />
        ) : (
          <p className="muted" role="status">
            {LOAD_PART_STRINGS[lang].detailsLoading}
          </p>
        )
      ) : event && EventDetails ? (
        <EventDetails
          event={event}
          articles={corpus.articles}
          entities={corpus.entities}
          notes={notesFor(corpus, event.id)}
          titleOf={titleOf}
          onClear={onClear}
        />
      ) : (
        <p className="muted details-empty">{t.detailsEmpty}</p>
      )}
    </aside>
  );
}
