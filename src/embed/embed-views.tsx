import { lazy, Suspense } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { type Corpus, type CorpusEvidence, findEvent, spanArticle } from '../model/corpus.ts';
import { type UrlState, VIEWS, type View } from '../model/url-state.ts';
import { useFilteredEvents } from '../state/use-filtered-events.ts';
import { useLinkedViews } from '../state/use-linked-views.ts';
import type { NavigateOptions } from '../state/use-url-state.ts';
import { useFirstFramePresented } from '../timeline/presented.ts';
import { Timeline } from '../timeline/timeline.tsx';
import { Quoted } from '../ui/quoted.tsx';
import { EmbedGraph } from './embed-graph.tsx';
import { ReloadNotice } from './reload-notice.tsx';

// The selected event's quote (and the article-text fetching behind it) is not part of the first draw.
const EvidenceQuote = lazy(() =>
  import('../details/evidence-quote.tsx').then(
    (m) => ({ default: m.EvidenceQuote }),
    () => ({ default: ReloadNotice }),
  ),
);

/** Props of EmbedViews. */
export interface EmbedViewsProps {
  corpus: Corpus;
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
}

/** The embedded timeline and/or graph (`view`, default the timeline) and the selected event in brief. */
export function EmbedViews({ corpus, state, update }: EmbedViewsProps) {
  const { t, lang, interval, entityName } = useLocale();
  // An embed shows the timeline and/or the graph: a link that names neither (no `view`, whose default
  // is every view, or only the list or the article) embeds the timeline alone.
  const named = state.view.filter((view) => view === 'timeline' || view === 'graph');
  const views = new Set<View>(
    named.length === 0 || state.view.length === VIEWS.length ? ['timeline'] : named,
  );
  // A large corpus's text index waits for the timeline's first frame, if there is a timeline.
  const filtered = useFilteredEvents(corpus, state, useFirstFramePresented(views.has('timeline')));
  const selected = findEvent(corpus, state.event);
  const { togglePerson, selectPair, titleOf, graph, timeline } = useLinkedViews(
    corpus,
    state,
    update,
    filtered.shown,
    views.has('graph'),
  );

  return (
    <>
      <p className="embed-count">{t.filters.count(filtered.shown.length, corpus.events.length)}</p>
      {views.has('timeline') ? (
        <Timeline {...timeline} events={filtered.shown} selectedId={selected?.id ?? null} wheelZoomNeedsKey />
      ) : null}
      {views.has('graph') ? (
        <section className="pane graph-pane" aria-label={t.graphPane.heading}>
          {graph.graph ? (
            <EmbedGraph
              withTimeline={views.has('timeline')}
              graph={graph.graph}
              pending={graph.pending}
              highlightedEventId={selected?.id ?? null}
              selectedEventId={selected?.id ?? null}
              selectedPersonIds={state.person}
              onTogglePerson={togglePerson}
              onSelectPair={selectPair}
              eventTitle={titleOf}
            />
          ) : graph.failed ? (
            <ReloadNotice />
          ) : (
            <p className="muted" role="status">
              {t.graphPane.layingOut}
            </p>
          )}
        </section>
      ) : null}
      {selected ? (
        <section className="pane embed-selected" aria-label={t.detailsHeading}>
          <h2>{selected.title[lang]}</h2>
          <p>
            {t.types[selected.type]}
            {t.separator}
            {interval(selected.when)}
            {selected.when.text ? (
              <>
                {t.separator}
                <Quoted text={selected.when.text} lang={selected.articleLanguage} />
              </>
            ) : null}
          </p>
          <p className="muted">
            {selected.participants
              .map((p) => entityName(corpus.entities.get(p.entity), p.entity))
              .join(t.listSeparator)}
          </p>
          {selected.evidence[0] ? (
            <blockquote lang={selected.articleLanguage}>
              <Suspense
                fallback={
                  <p className="muted" lang={lang} dir={t.dir}>
                    {t.textLoading}
                  </p>
                }
              >
                <EvidenceQuote
                  span={selected.evidence[0]}
                  article={corpus.articles.find(
                    (a) => a.id === spanArticle(selected.evidence[0] as CorpusEvidence, selected),
                  )}
                />
              </Suspense>
            </blockquote>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
