import { useEffect, useMemo, useRef, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { taskBudget } from '../data/task-budget.ts';
import type { EntityRecord } from '../model/article-schema.ts';
import type { CorpusEvent } from '../model/corpus.ts';
import type { ParticipantGraph } from '../model/participant-graph.ts';

type GraphModel = typeof import('../model/participant-graph.ts');

// The graph's code loads with the graph (after the first screen), not in the first bundle: the
// explorer's and the embed's first JS are within a kilobyte of their budgets.
let model: GraphModel | null = null;
const graphCode = retryableImport(() => import('../model/participant-graph.ts'));
let arrived: (loaded: GraphModel) => void = () => {};
/** Resolves when the code is here, whoever's try fetched it (the graph view's "Try again" loads it too). */
const modelArrived = new Promise<GraphModel>((resolve) => {
  arrived = resolve;
});

/** Loads the graph-building code (shared by every caller); a failed load is fetched again by the next call. */
export function loadGraphModel(): Promise<GraphModel> {
  return graphCode().then((loaded) => {
    model = loaded;
    arrived(loaded);
    return loaded;
  });
}

/** Up to this many events the graph is built at once; above, in slices of SLICE over several tasks. */
export const EAGER_GRAPH_EVENTS = 20_000;
/**
 * Up to this many events a new corpus's graph (whose participants are not numbered yet) is built at
 * once too; above, in slices. Numbering and building a dropped 10,000-event file's graph in the
 * render that brought it made a task of some 60 ms of the 100 the drop may take.
 */
export const EAGER_UNNUMBERED_EVENTS = 2_000;
const SLICE = 5_000;
/**
 * A task takes slices one after another until it has run this long, or until input waits (see
 * taskBudget), then yields. One slice a task spread a person's 21,000 events at 100,000 over some
 * 50 ms for 25 ms of work, frames and other tasks between the slices; the graph of a typed word came
 * some 60 ms later than with 30 ms tasks (benchmark's typing at 100,000, four loads each way, medians
 * 239 and 176 ms).
 */
const TASK_MS = 30;
/**
 * A build's progress is shown once it has taken this long. A person's 21,000 events at 100,000 are
 * built in some 25 ms over six slices, and a render of the progress after each slice (and the frame
 * it asked for) made the slices' span some 35 ms longer and the graph later by as much (six clicks
 * each way, with temporary marks): progress no one could read.
 */
const PROGRESS_AFTER_MS = 100;

// Graphs already built, by the events array they are of: the same filter gives the same array (see
// recentFilterEvents), so going back to a view reuses its graph instead of building it again.
const graphCache = new WeakMap<readonly CorpusEvent[], ParticipantGraph>();

function builtNow(
  code: GraphModel,
  events: readonly CorpusEvent[],
  entities: ReadonlyMap<string, EntityRecord>,
  within: readonly CorpusEvent[] | undefined,
) {
  let graph = graphCache.get(events);
  if (!graph) {
    graph = code.buildParticipantGraph(events, entities, within);
    graphCache.set(events, graph);
  }
  return graph;
}

/** The graph to draw, and how far the graph of the current events is built (null when it is). */
export interface BuiltGraph {
  /** The current events' graph, or while a large one is still being built the last one finished. */
  graph: ParticipantGraph | null;
  /** 0–1 while the current events' graph is being built, else null. */
  pending: number | null;
  /** The graph-building code could not be fetched (until some later try brings it). */
  failed?: boolean;
}

/**
 * The participant graph of `events`. A large set, or the first graph of a new corpus of more than
 * EAGER_UNNUMBERED_EVENTS, is built over tasks of some TASK_MS each, so the page answers the
 * reader meanwhile (the whole build at 100,000 events takes some 60 ms, and more while the engine
 * has not optimised it yet); until it is done the previous graph stays on screen, with the progress
 * beside it once the build has taken PROGRESS_AFTER_MS.
 */
export function useParticipantGraph(
  events: readonly CorpusEvent[] | null,
  entities: ReadonlyMap<string, EntityRecord>,
  /** Every event of the corpus, which `events` were filtered from: its participant index is used. */
  within?: readonly CorpusEvent[],
): BuiltGraph {
  const [code, setCode] = useState(model);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (code || !events) return;
    let live = true;
    // If the code cannot be fetched, the graph view (which loads it too) says so and offers to try
    // again; here the graph stays pending until some try brings it, and says it failed meanwhile.
    loadGraphModel()
      .catch(() => {
        if (live) setFailed(true);
        return modelArrived;
      })
      .then((loaded) => live && setCode(loaded));
    return () => {
      live = false;
    };
  }, [code, events]);
  // Decided once per events: a slice numbers the participants, and a render in the middle of the
  // build must not then build the rest at once.
  const eager = useMemo(
    () =>
      events !== null &&
      (graphCache.has(events) ||
        (events.length <= EAGER_GRAPH_EVENTS &&
          ((within ?? events).length <= EAGER_UNNUMBERED_EVENTS ||
            code?.participantsNumbered(events, within) === true))),
    [code, events, within],
  );
  const now = useMemo(
    () => (code && eager && events ? builtNow(code, events, entities, within) : null),
    [code, eager, events, entities, within],
  );
  const [built, setBuilt] = useState<{
    events: readonly CorpusEvent[] | null;
    graph: ParticipantGraph | null;
  }>({
    events: null,
    graph: null,
  });
  // Progress belongs to the events it measures, so a new build never shows the last one's.
  const [progress, setProgress] = useState<{ events: readonly CorpusEvent[] | null; done: number }>({
    events: null,
    done: 0,
  });
  // The last graph drawn, to keep on screen while a large one is built (kept without re-rendering).
  const lastDrawn = useRef<ParticipantGraph | null>(null);
  useEffect(() => {
    lastDrawn.current = now ?? (built.events === events ? built.graph : lastDrawn.current);
  });

  useEffect(() => {
    if (!code || !events || eager) return;
    const steps = code.participantGraphSteps(events, entities, SLICE, within);
    let timer = 0;
    const began = performance.now();
    const run = () => {
      const spent = taskBudget(TASK_MS);
      let step = steps.next();
      while (!step.done && !spent()) step = steps.next();
      if (step.done) {
        graphCache.set(events, step.value);
        setBuilt({ events, graph: step.value });
        return;
      }
      if (performance.now() - began > PROGRESS_AFTER_MS) {
        setProgress({ events, done: step.value / events.length });
      }
      timer = window.setTimeout(run, 0);
    };
    timer = window.setTimeout(run, 0);
    return () => window.clearTimeout(timer);
  }, [code, events, entities, eager, within]);

  if (!events) return { graph: null, pending: null };
  if (now) return { graph: now, pending: null };
  if (!code) return { graph: lastDrawn.current, pending: 0, failed };
  return built.events === events
    ? { graph: built.graph, pending: null }
    : { graph: lastDrawn.current, pending: progress.events === events ? progress.done : 0 };
}

/**
 * The chosen persons to draw the graph with: `persons` once the graph is the current events' (`pending`
 * null); while a large one is still being built, the persons the graph on screen was drawn with, as
 * that graph stays too. Given the new persons, the old graph was laid out and drawn once more around
 * them (at 100,000 events a worker's layout and a draw of 300 nodes) only to be replaced.
 */
export function usePersonsOfGraph<T>(persons: T, pending: number | null): T {
  const [drawnWith, setDrawnWith] = useState(persons);
  if (pending === null && drawnWith !== persons) setDrawnWith(persons);
  return pending === null ? persons : drawnWith;
}
