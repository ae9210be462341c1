import { useCallback, useMemo } from 'react';
import { useLocale } from '../app/locale.tsx';
import { useFilteredEvents } from '../app/use-filtered-events.ts';
import type { NavigateOptions } from '../app/use-url-state.ts';
import { ParticipantGraphView } from '../graph/participant-graph.tsx';
import { addDays } from '../model/calendar-date.ts';
import { type Corpus, findEvent } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';
import { buildParticipantGraph } from '../model/participant-graph.ts';
import type { UrlState } from '../model/url-state.ts';
import { Timeline } from '../timeline/timeline.tsx';
import { Quoted } from '../ui/quoted.tsx';

/** Props of EmbedViews. */
export interface EmbedViewsProps {
  corpus: Corpus;
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
}

/** The embedded timeline and/or graph (`view`, default the timeline) and the selected event in brief. */
export function EmbedViews({ corpus, state, update }: EmbedViewsProps) {
  const { t, lang, interval, entityName } = useLocale();
  const filtered = useFilteredEvents(corpus, state);
  const selected = findEvent(corpus, state.event);
  const graph = useMemo(
    () => buildParticipantGraph(filtered.shown, corpus.entities),
    [filtered.shown, corpus.entities],
  );
  // A link without `view` embeds the timeline alone; the explorer's default (all views) is too much here.
  const views = new Set(state.view.length === 3 ? ['timeline'] : state.view);
  const window =
    state.from && state.to
      ? ([new Date(`${state.from}T00:00:00Z`), new Date(`${addDays(state.to, 1)}T00:00:00Z`)] as [Date, Date])
      : null;
  const select = useCallback((id: string | null) => update({ event: id }, { replace: true }), [update]);
  const titleOf = useCallback((id: string) => findEvent(corpus, id)?.title[lang] ?? id, [corpus, lang]);
  const togglePerson = useCallback(
    (id: string) =>
      update({
        person: state.person.includes(id) ? state.person.filter((p) => p !== id) : [...state.person, id],
      }),
    [state.person, update],
  );
  const selectPair = useCallback((a: string, b: string) => update({ person: [a, b], mode: 'all' }), [update]);

  return (
    <>
      <p className="embed-count">
        {t.filters.count(formatNumber(filtered.shown.length, lang), formatNumber(corpus.events.length, lang))}
      </p>
      {views.has('timeline') ? (
        <Timeline
          events={filtered.undated}
          allEvents={corpus.events}
          entities={corpus.entities}
          lanes={state.lanes}
          onLanesChange={(lanes) => update({ lanes }, { replace: true })}
          window={window}
          onWindowChange={([a, b]) =>
            update(
              {
                from: a.toISOString().slice(0, 10),
                to: new Date(b.getTime() - 1).toISOString().slice(0, 10),
              },
              { replace: true },
            )
          }
          selectedId={selected?.id ?? null}
          onSelect={select}
        />
      ) : null}
      {views.has('graph') ? (
        <section className="pane graph-pane" aria-label={t.graph.heading}>
          <ParticipantGraphView
            graph={graph}
            highlightedEventId={selected?.id ?? null}
            selectedPersonIds={state.person}
            onTogglePerson={togglePerson}
            onSelectPair={selectPair}
            eventTitle={titleOf}
          />
        </section>
      ) : null}
      {selected ? (
        <section className="pane embed-selected" aria-label={t.detailsHeading}>
          <h2>{selected.title[lang]}</h2>
          <p>
            {t.types[selected.type]} · {interval(selected.when)}
            {selected.when.text ? (
              <>
                {' · '}
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
              <p>{selected.evidence[0].quote}</p>
            </blockquote>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
