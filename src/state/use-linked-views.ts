import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { addDays, dayStart, toIsoDate } from '../model/calendar-date.ts';
import { type Corpus, type CorpusEvent, findEvent } from '../model/corpus.ts';
import type { UrlState } from '../model/url-state.ts';
import type { TimelineProps } from '../timeline/timeline.tsx';
import { type BuiltGraph, useParticipantGraph } from './use-participant-graph.ts';

/** What the timeline and the graph need to read and change the shared state, in the explorer and the embed. */
export interface LinkedViews {
  /** The timeline's window as the URL's `window` says it (whole days, the last included), or null. */
  window: [Date, Date] | null;
  onWindowChange: (window: [Date, Date]) => void;
  select: (id: string | null) => void;
  togglePerson: (id: string) => void;
  selectPair: (a: string, b: string) => void;
  titleOf: (id: string) => string;
  /** The graph of the shown events (null until there is one to draw), and how far a new one is built. */
  graph: BuiltGraph;
  /** The timeline props every host passes the same way (the events and selection vary). */
  timeline: Pick<
    TimelineProps,
    | 'allEvents'
    | 'entities'
    | 'lanes'
    | 'onLanesChange'
    | 'window'
    | 'onWindowChange'
    | 'onSelect'
    | 'dateFilter'
  >;
}

/**
 * Wires the views to the URL state: a settled zoom writes `window` in place (no history entry per
 * gesture, and never the `from`/`to` filter: looking does not filter), a node toggles a person, an
 * edge picks a pair with "all of them", a mark selects.
 */
export function useLinkedViews(
  corpus: Corpus,
  state: UrlState,
  update: (patch: Partial<UrlState>, options?: { replace?: boolean }) => void,
  shown: CorpusEvent[],
  /** Whether the graph is drawn now; it is not built until it is (default true). */
  withGraph = true,
): LinkedViews {
  const { lang } = useLocale();
  const { from, to, person } = state;
  const [first, last] = state.window ?? [null, null];
  const window = useMemo<[Date, Date] | null>(
    () => (first && last ? [dayStart(first), dayStart(addDays(last, 1))] : null),
    [first, last],
  );
  const onWindowChange = useCallback(
    ([a, b]: [Date, Date]) =>
      update({ window: [toIsoDate(a), toIsoDate(new Date(b.getTime() - 1))] }, { replace: true }),
    [update],
  );
  const dateFilter = useMemo(() => ({ from, to }), [from, to]);
  const select = useCallback((id: string | null) => update({ event: id }), [update]);
  // Read when called rather than closed over, so the callback stays the same object and a change of
  // persons does not draw the graph's every node and edge again to hand them a new one.
  const persons = useRef(person);
  useLayoutEffect(() => {
    persons.current = person;
  }, [person]);
  const togglePerson = useCallback(
    (id: string) => {
      const current = persons.current;
      update({
        person: current.includes(id) ? current.filter((p) => p !== id) : [...current, id],
        event: null,
      });
    },
    [update],
  );
  const selectPair = useCallback(
    (a: string, b: string) => update({ person: [a, b], mode: 'all', event: null }),
    [update],
  );
  const titleOf = useCallback((id: string) => findEvent(corpus, id)?.title[lang] ?? id, [corpus, lang]);
  const graph = useParticipantGraph(withGraph ? shown : null, corpus.entities, corpus.events);
  const timeline = useMemo(
    () => ({
      allEvents: corpus.events,
      entities: corpus.entities,
      lanes: state.lanes,
      onLanesChange: (lanes: UrlState['lanes']) => update({ lanes }),
      window,
      onWindowChange,
      onSelect: select,
      dateFilter,
    }),
    [corpus, state.lanes, update, window, onWindowChange, select, dateFilter],
  );
  return { window, onWindowChange, select, togglePerson, selectPair, titleOf, graph, timeline };
}
