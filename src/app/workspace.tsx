import {
  type ComponentProps,
  type ComponentType,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ArticleReader } from '../article/article-reader.tsx';
import { ArticleSwitcher } from '../corpus/article-switcher.tsx';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { DetailsAside } from '../details/details-aside.tsx';
import { EmbedDialog } from '../embed/embed-dialog.tsx';
import { EventList } from '../events/event-list.tsx';
import { ExportButton } from '../export/export-button.tsx';
import { EmptyState } from '../filters/empty-state.tsx';
import { FilterBar } from '../filters/filter-bar.tsx';
import { loadGraphView } from '../graph/lazy-graph-view.ts';
import { useLocale } from '../i18n/locale.tsx';
import { type Corpus, findEvent, readerArticle } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import { articleEventsShown } from '../model/filter-events.ts';
import { dropUnknownValues, type KnownIds } from '../model/url-known-values.ts';
import { formatUrlState, type UrlState } from '../model/url-state.ts';
import { useFilteredEvents } from '../state/use-filtered-events.ts';
import { useLinkedViews } from '../state/use-linked-views.ts';
import type { NavigateOptions } from '../state/use-url-state.ts';
import { useFirstFramePresented } from '../timeline/presented.ts';
import { Timeline } from '../timeline/timeline.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { LoadFailed } from '../ui/load-failed.tsx';
import { loadedModule, useLoadedModule } from '../ui/loaded-module.ts';
import { retryFailedLazies } from '../ui/retrying-lazy.ts';
import { useAfterFirstPaint } from '../ui/use-after-first-paint.ts';
import { createHoverStore, type HoverStore, useHovered } from './hover-store.ts';
import { UrlNotices } from './url-notices.tsx';
import { ViewSwitcher } from './view-switcher.tsx';

// The graph (and d3-force) loads after the first screen: it is below the timeline and not needed
// to read the article. Its view and model both load through loadGraphView (see loadedModule for why
// it is no lazy component); a failure of either is said where the graph would be, with Try again.
const graphView = loadedModule(loadGraphView);
type GraphViewProps = ComponentProps<NonNullable<ReturnType<typeof graphView.current>>>;

/** The graph, highlighting the hovered event's participants, else the selected event's. */
function HoverAwareGraph({
  View,
  hover,
  selectedEventId,
  ...props
}: Omit<GraphViewProps, 'highlightedEventId' | 'selectedEventId'> & {
  View: ComponentType<GraphViewProps>;
  hover: HoverStore;
  selectedEventId: string | null;
}) {
  // In an interruptible render: the emphasis redraws every drawn node and edge, which must not hold
  // up the timeline's own answer to the pointer (its card, the first frame of a drag).
  const hovered = useDeferredValue(useHovered(hover));
  return (
    <View {...props} selectedEventId={selectedEventId} highlightedEventId={hovered ?? selectedEventId} />
  );
}

/** The ids the corpus holds (its articles and the bundled ones not loaded yet, its entities, their countries). */
function knownIds(corpus: Corpus, index: IndexEntry[]): KnownIds {
  const countries = new Set<string>();
  for (const entity of corpus.entities.values()) if (entity.country) countries.add(entity.country);
  return {
    articles: new Set([...corpus.articles.map((a) => a.id), ...index.map((entry) => entry.id)]),
    entities: new Set(corpus.entities.keys()),
    countries,
  };
}

/** Props of Workspace. */
export interface WorkspaceProps {
  corpus: Corpus;
  /** Every bundled article, for the article switcher. */
  index: IndexEntry[];
  origins: ReadonlyMap<string, Origin>;
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
}

/**
 * Filters, timeline, graph, list, reader and details over one corpus. Data flows one way: the URL
 * state filters the corpus through model functions, and every view draws the result.
 */
export function Workspace({ corpus, index, origins, state: linked, update }: WorkspaceProps) {
  const { t, lang } = useLocale();
  const known = useMemo(() => knownIds(corpus, index), [corpus, index]);
  // A person, article or country the loaded records do not hold is dropped (and said so), not left to
  // empty every view without a word.
  const { state, notices } = useMemo(() => dropUnknownValues(linked, known), [linked, known]);
  const views = new Set(state.view);
  // The graph of a large corpus and the text index wait until the timeline is on screen, and no
  // longer: each is worked out in a worker, on another core. (The graph also waited for an idle
  // moment, which the text index's slices here left none of, so it began only when search was ready.)
  // Without a timeline they wait for the first paint.
  const timelineShown = views.has('timeline');
  const afterPaint = useAfterFirstPaint();
  const timelineOnScreen = useFirstFramePresented(timelineShown);
  const graphReady = timelineShown ? timelineOnScreen : afterPaint;
  const graphCode = useLoadedModule(graphView, graphReady && views.has('graph'));
  const filtered = useFilteredEvents(corpus, state, graphReady);
  const { shown } = filtered;
  const selected = findEvent(corpus, state.event);
  const article = readerArticle(corpus, state.article, selected);
  const articleEvents = useMemo(
    () => (article ? articleEventsShown(filtered.index, shown, article.id) : []),
    [filtered.index, shown, article],
  );
  const [hover] = useState(createHoverStore);
  // Where the reader chose the event: its details open beside that place (a link's own selection
  // opens beside the timeline, at the top of the page). React state: a reload may forget it.
  const [chosenIn, setChosenIn] = useState<'views' | 'lists'>('views');
  // The timeline answers a gesture at once; the graph (rebuilt for every window and filter) follows in
  // an interruptible render, so a zoom or a keystroke never waits for it.
  // The chosen persons go with it: drawn at once, they made the old graph draw again (another drawn
  // part, another layout) before the new one came.
  const deferredShown = useDeferredValue(shown);
  const deferredPersons = useDeferredValue(state.person);
  const { select, togglePerson, selectPair, titleOf, graph, timeline } = useLinkedViews(
    corpus,
    state,
    update,
    deferredShown,
    graphReady && views.has('graph'),
  );
  // The graph's code could not be fetched, or its view failed: said where it would be, with Try again.
  const graphFailed = (retry: () => void) => <LoadFailed lang={lang} part="graph" onRetry={retry} />;
  const waiting = (
    <p className="muted graph-waiting" role="status">
      {graph.pending === null
        ? t.graphPane.layingOut
        : t.graphPane.layingOutProgress(Math.round(graph.pending * 100))}
    </p>
  );
  const selectInViews = useCallback(
    (id: string | null) => {
      setChosenIn('views');
      select(id);
    },
    [select],
  );
  const selectInLists = useCallback(
    (id: string | null) => {
      setChosenIn('lists');
      select(id);
    },
    [select],
  );
  const beside = selected !== null && chosenIn === 'views' && (views.has('timeline') || views.has('graph'));
  const details = (
    <DetailsAside
      event={selected}
      unknownId={state.event && !selected ? state.event : null}
      afterFirstDraw={graphReady}
      corpus={corpus}
      titleOf={titleOf}
      onClear={() => select(null)}
    />
  );
  const personVariants = useMemo(
    () => state.person.flatMap((id) => corpus.entities.get(id)?.variants ?? []),
    [state.person, corpus.entities],
  );

  // The benchmark times a change from the URL to this point: every view has rendered it.
  useEffect(() => {
    performance.mark('rasd:views-updated');
  });

  return (
    <>
      <UrlNotices notices={notices} />
      <div className="workspace-tools">
        <ViewSwitcher views={state.view} onChange={(view) => update({ view })} />
        <ExportButton corpus={corpus} events={shown} state={state} />
        <EmbedDialog state={state} count={filtered.shown.length} />
      </div>
      <FilterBar
        state={state}
        update={update}
        entities={corpus.entities}
        total={corpus.events.length}
        filtered={filtered}
      />
      <div
        className={`${views.has('graph') && views.has('timeline') ? 'views-row' : 'views-row single'}${beside ? ' with-details' : ''}`}
      >
        {views.has('timeline') ? (
          <Timeline
            {...timeline}
            onSelect={selectInViews}
            events={filtered.shown}
            selectedId={selected?.id ?? null}
            onHoverEvent={hover.set}
          />
        ) : null}
        {views.has('graph') ? (
          <section className="pane graph-pane" aria-label={t.graphPane.heading}>
            <h2>{t.graphPane.heading}</h2>
            <ErrorBoundary
              fallback={(_, reset) =>
                graphFailed(() => {
                  retryFailedLazies();
                  reset();
                })
              }
            >
              <Suspense fallback={waiting}>
                {graphReady && graph.graph && graphCode.module ? (
                  <HoverAwareGraph
                    View={graphCode.module}
                    hover={hover}
                    graph={graph.graph}
                    pending={graph.pending}
                    selectedEventId={selected?.id ?? null}
                    selectedPersonIds={deferredPersons}
                    onTogglePerson={togglePerson}
                    onSelectPair={selectPair}
                    eventTitle={titleOf}
                  />
                ) : graphCode.failed ? (
                  graphFailed(graphCode.retry)
                ) : (
                  waiting
                )}
              </Suspense>
            </ErrorBoundary>
          </section>
        ) : null}
        {beside ? details : null}
      </div>
      <div
        className={`workspace${views.has('article') ? '' : ' no-reader'}${views.has('list') ? '' : ' no-list'}${beside ? ' no-details' : ''}`}
      >
        {/* Switched off, the list is still rendered for print (paper gets the filtered list) but not on screen. */}
        <section
          className={views.has('list') ? 'pane events-pane' : 'pane events-pane off-screen'}
          aria-labelledby="events-heading"
          id="events"
        >
          <h2 id="events-heading">{t.eventsHeading}</h2>
          {shown.length === 0 && corpus.events.length > 0 ? (
            <EmptyState index={filtered.index} filter={filtered.filter} update={update} />
          ) : (
            <EventList
              events={shown}
              entities={corpus.entities}
              selectedId={selected?.id ?? null}
              onSelect={selectInLists}
              query={state.q}
              onHoverEvent={hover.set}
              articles={corpus.articles}
            />
          )}
        </section>
        {views.has('article') ? (
          <section className="pane reader-pane" aria-label={t.articleHeading}>
            <ArticleSwitcher
              articles={corpus.articles}
              index={index}
              origins={origins}
              chosen={state.article}
              onChoose={(article) => update({ article, event: null })}
              events={corpus.events}
            />
            {article ? (
              <ArticleReader
                article={article}
                events={articleEvents}
                selectedId={selected?.id ?? null}
                onSelect={selectInLists}
                hrefFor={(id) => formatUrlState({ ...state, event: id }) || '?'}
                query={state.q}
                people={personVariants}
              />
            ) : null}
          </section>
        ) : null}
        {beside ? null : details}
      </div>
    </>
  );
}
