// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusEvent } from '../model/corpus.ts';
import { buildParticipantGraph } from '../model/participant-graph.ts';
import { seedCorpus } from '../test/seed-record.ts';
import {
  type BuiltGraph,
  EAGER_GRAPH_EVENTS,
  EAGER_UNNUMBERED_EVENTS,
  loadGraphModel,
  useParticipantGraph,
  usePersonsOfGraph,
} from './use-participant-graph.ts';

const corpus = seedCorpus();
// More events than are built at once: the seed's events over and over, each copy its own object.
const many: CorpusEvent[] = Array.from({ length: EAGER_GRAPH_EVENTS + 5_000 }, (_, i) => ({
  ...(corpus.events[i % corpus.events.length] as CorpusEvent),
  id: `e${i}`,
}));

let root: Root;
let host: HTMLElement;
const seen: BuiltGraph[] = [];

function Probe({ events }: { events: readonly CorpusEvent[] | null }) {
  seen.push(useParticipantGraph(events, corpus.entities));
  return null;
}

const drawnWith: (readonly string[])[] = [];

function Paired(props: { events: readonly CorpusEvent[]; persons: readonly string[] }) {
  const built = useParticipantGraph(props.events, corpus.entities);
  seen.push(built);
  drawnWith.push(usePersonsOfGraph(props.persons, built.pending));
  return null;
}

function Within(props: { events: readonly CorpusEvent[]; within: readonly CorpusEvent[] }) {
  seen.push(useParticipantGraph(props.events, corpus.entities, props.within));
  return null;
}

describe('useParticipantGraph before its code has loaded', () => {
  it('says the graph is pending, then builds it once the code is there', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const first = createRoot(document.createElement('div'));
    act(() => first.render(<Probe events={corpus.events} />));
    expect(seen.at(-1)).toEqual({ graph: null, pending: 0, failed: false });
    await act(() => loadGraphModel());
    expect(seen.at(-1)).toEqual({
      graph: buildParticipantGraph(corpus.events, corpus.entities),
      pending: null,
    });
    act(() => first.unmount());
  });
});

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers();
  host = document.createElement('div');
  root = createRoot(host);
  seen.length = 0;
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useParticipantGraph', () => {
  // With the code loaded, as it is once the graph has been shown.
  beforeAll(() => loadGraphModel());

  it('builds a small graph at once', () => {
    act(() => root.render(<Probe events={corpus.events} />));
    expect(seen.at(-1)).toEqual({
      graph: buildParticipantGraph(corpus.events, corpus.entities),
      pending: null,
    });
  });

  // The clock stands still but for the build's reading of each event's id, which costs `perEvent` ms:
  // the build reads each id once, as it adds the event.
  let now = 0;
  const timed = (perEvent: number): CorpusEvent[] => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    return many.map((event) => ({
      ...event,
      get id() {
        now += perEvent;
        return event.id;
      },
    }));
  };

  it('builds a large graph over tasks of 30 ms, keeping the previous graph on screen', () => {
    now = 0;
    act(() => root.render(<Probe events={corpus.events} />));
    const small = seen.at(-1)?.graph;
    // 10 ms a slice of 5,000 events.
    const large = timed(0.002);
    act(() => root.render(<Probe events={large} />));
    expect(seen.at(-1)).toEqual({ graph: small, pending: 0 });
    // The first task numbers the participants and adds slices until 30 ms have passed: three of the
    // five. Under 100 ms old, the build renders nothing before its graph: no progress to catch.
    const renders = seen.length;
    act(() => vi.advanceTimersToNextTimer());
    expect(seen).toHaveLength(renders);
    expect(vi.getTimerCount()).toBe(1);
    // The second adds the last two and finishes.
    act(() => vi.advanceTimersToNextTimer());
    expect(vi.getTimerCount()).toBe(0);
    expect(seen.at(-1)?.pending).toBeNull();
    expect(seen.at(-1)?.graph).toEqual(buildParticipantGraph(many, corpus.entities));
  });

  it('shows the progress of a build once it has taken 100 ms', () => {
    now = 0;
    act(() => root.render(<Probe events={corpus.events} />));
    const small = seen.at(-1)?.graph;
    // 60 ms a slice: each task takes one, and ends at 60, 120, 180, 240 and 300 ms.
    const large = timed(0.012);
    act(() => root.render(<Probe events={large} />));
    const renders = seen.length;
    act(() => vi.advanceTimersToNextTimer());
    expect(seen).toHaveLength(renders);
    act(() => vi.advanceTimersToNextTimer());
    expect(seen.at(-1)).toEqual({ graph: small, pending: 0.4 });
    act(() => vi.advanceTimersToNextTimer());
    expect(seen.at(-1)).toEqual({ graph: small, pending: 0.6 });
    act(() => vi.runAllTimers());
    expect(seen.at(-1)?.pending).toBeNull();
    expect(seen.at(-1)?.graph).toEqual(buildParticipantGraph(many, corpus.entities));
  });

  it('builds a large graph in one task when its slices take no time', () => {
    now = 0;
    const large = timed(0);
    act(() => root.render(<Probe events={large} />));
    expect(seen.at(-1)?.pending).toBe(0);
    const renders = seen.length;
    act(() => vi.advanceTimersToNextTimer());
    expect(seen).toHaveLength(renders + 1);
    expect(seen.at(-1)).toEqual({ graph: buildParticipantGraph(many, corpus.entities), pending: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends each task after one slice while input waits, though its slices take no time', () => {
    now = 0;
    vi.stubGlobal('navigator', { ...navigator, scheduling: { isInputPending: () => true } });
    const large = timed(0);
    act(() => root.render(<Probe events={large} />));
    let tasks = 0;
    while (vi.getTimerCount() > 0) {
      act(() => vi.advanceTimersToNextTimer());
      tasks++;
    }
    // The participants numbered, then the five slices of 5,000 events: a task each.
    expect(tasks).toBe(6);
    expect(seen.at(-1)).toEqual({ graph: buildParticipantGraph(many, corpus.entities), pending: null });
  });

  it('draws a graph still being built with the persons the graph on screen was drawn with', () => {
    drawnWith.length = 0;
    const [before, after] = [['lavrov'], ['kerry']];
    // A new array, so no earlier test's graph of it is kept; a build of several tasks.
    now = 0;
    const large = timed(0.012);
    act(() => root.render(<Paired events={corpus.events} persons={before} />));
    expect(drawnWith.at(-1)).toBe(before);
    act(() => root.render(<Paired events={large} persons={after} />));
    act(() => vi.advanceTimersToNextTimer());
    expect(vi.getTimerCount()).toBe(1);
    expect(seen.at(-1)?.pending).toBe(0);
    expect(drawnWith.at(-1)).toBe(before);
    act(() => vi.runAllTimers());
    expect(seen.at(-1)?.pending).toBeNull();
    expect(drawnWith.at(-1)).toBe(after);
    // Built ones come at once, with their persons.
    act(() => root.render(<Paired events={corpus.events} persons={before} />));
    expect(drawnWith.at(-1)).toBe(before);
  });

  it('gives a large graph already built for the same events at once', () => {
    act(() => root.render(<Probe events={many} />));
    act(() => vi.runAllTimers());
    const first = seen.at(-1)?.graph;
    act(() => root.render(<Probe events={corpus.events} />));
    act(() => root.render(<Probe events={many} />));
    expect(seen.at(-1)).toEqual({ graph: first, pending: null });
    expect(seen.at(-1)?.graph).toBe(first);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('builds the first graph of a new corpus above 2,000 events in slices, then its filters at once', () => {
    // A file dropped beside the seed: 3,000 events whose participants are not numbered yet.
    const dropped = many.slice(0, EAGER_UNNUMBERED_EVENTS + 1_000);
    const filtered = dropped.filter((_, i) => i % 2 === 0);
    act(() => root.render(<Within events={corpus.events} within={corpus.events} />));
    const small = seen.at(-1)?.graph;
    expect(seen.at(-1)?.pending).toBeNull();
    act(() => root.render(<Within events={dropped} within={dropped} />));
    expect(seen.at(-1)).toEqual({ graph: small, pending: 0 });
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toEqual({ graph: buildParticipantGraph(dropped, corpus.entities), pending: null });
    act(() => root.render(<Within events={filtered} within={dropped} />));
    expect(seen.at(-1)).toEqual({ graph: buildParticipantGraph(filtered, corpus.entities), pending: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('builds nothing while the graph is not shown', () => {
    act(() => root.render(<Probe events={null} />));
    expect(seen.at(-1)).toEqual({ graph: null, pending: null });
  });
});
