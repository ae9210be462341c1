// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { NO_FILTER } from '../model/filter-events.ts';
import { createFilterIndex, EAGER_WORDS, filterIndexOf } from '../model/filter-index.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../model/url-state.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { type FilteredEvents, recentFilterEvents, useFilteredEvents } from './use-filtered-events.ts';

const corpus = seedCorpus();
let root: Root;
const seen: FilteredEvents[] = [];

function Probe({ state }: { state: UrlState }) {
  seen.push(useFilteredEvents(corpus, state));
  return null;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(document.createElement('div'));
  seen.length = 0;
});
afterEach(() => act(() => root.unmount()));

describe('useFilteredEvents', () => {
  it('gives the very same events when only the visible window moves: looking is no filter', () => {
    const week = { ...DEFAULT_URL_STATE, from: '2015-10-23', to: '2015-10-24' };
    act(() => root.render(<Probe state={{ ...week, window: ['2015-10-01', '2015-10-31'] }} />));
    const first = seen.at(-1);
    act(() => root.render(<Probe state={{ ...week, window: ['2015-10-26', '2015-10-27'] }} />));
    const second = seen.at(-1);
    expect(second?.shown).toBe(first?.shown);
    expect(second?.shown.map((e) => e.id)).toEqual([
      'vienna-quartet',
      'lavrov-after-vienna-statement',
      'lavrov-zarif-vienna-meeting',
      'egypt-contacts',
      'moderate-opposition-request',
      'support-group-efforts',
    ]);
  });

  it('filters again when a filter changes', () => {
    act(() => root.render(<Probe state={DEFAULT_URL_STATE} />));
    const all = seen.at(-1)?.shown;
    expect(all).toHaveLength(21);
    act(() => root.render(<Probe state={{ ...DEFAULT_URL_STATE, person: ['zarif'] }} />));
    const zarif = seen.at(-1)?.shown;
    expect(zarif).not.toBe(all);
    expect(zarif?.every((e) => e.participants.some((p) => p.entity === 'zarif'))).toBe(true);
  });
});

// One act per timer, so each slice's state is rendered as the browser would render it; the index's
// code arrives by a dynamic import, awaited between timers.
const everyTimer = async () => {
  for (;;) {
    await act(() => vi.dynamicImportSettled());
    if (vi.getTimerCount() === 0) return;
    act(() => vi.advanceTimersToNextTimer());
  }
};

function LargeProbe({ corpus, q }: { corpus: Corpus; q: string }) {
  seen.push(useFilteredEvents(corpus, { ...DEFAULT_URL_STATE, q }));
  return null;
}

describe('useFilteredEvents over a corpus whose word index is built in slices', () => {
  // EAGER_WORDS + 1 events (1,501): the word index comes in two slices, 1,000 and 501 events, after the first render.
  const large = (): Corpus => {
    const seed = seedCorpus();
    const events = Array.from({ length: EAGER_WORDS + 1 }, (_, i) => ({
      ...(seed.events[i % seed.events.length] as CorpusEvent),
      id: `e${i}`,
    }));
    return { ...seed, events };
  };
  const idle = vi.fn((run: IdleRequestCallback) =>
    window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 0 }), 1),
  );
  beforeEach(() => {
    vi.useFakeTimers();
    idle.mockClear();
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', (id: number) => window.clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('renders no progress while no text query waits, and takes its slices in idle time', async () => {
    const corpus = large();
    act(() => root.render(<LargeProbe corpus={corpus} q="" />));
    await everyTimer();
    // The first render, then the one with the word index: no render for each slice's progress.
    expect(seen.map((s) => [s.index.words === null, s.progress])).toEqual([
      [true, 0],
      [false, 1],
    ]);
    // Each of the two slices (1,000 events, then 501) waited for idle time.
    expect(idle).toHaveBeenCalledTimes(2);
  });

  it('renders the progress of every slice while a text query waits, without waiting for idle time', async () => {
    const corpus = large();
    act(() => root.render(<LargeProbe corpus={corpus} q="كيري" />));
    await everyTimer();
    const n = EAGER_WORDS + 1;
    expect(n).toBe(1501);
    expect(seen.map((s) => s.progress)).toEqual([0, 1000 / n, 1]);
    expect(seen.map((s) => s.pending)).toEqual([true, true, false]);
    expect(idle).not.toHaveBeenCalled();
    expect(seen.at(-1)?.shown.every((e) => e.evidence.length > 0)).toBe(true);
  });
});

describe('useFilteredEvents with a worker for the word index', () => {
  // EAGER_WORDS + 1001 events (2,501), one of them (e2482) with a word of its own in its title.
  const large = (): Corpus => {
    const seed = seedCorpus();
    const events = Array.from({ length: EAGER_WORDS + 1001 }, (_, i) => {
      const event = seed.events[i % seed.events.length] as CorpusEvent;
      const title = i === 2482 ? { ...event.title, en: `${event.title.en} marker2482` } : event.title;
      return { ...event, id: `e${i}`, title };
    });
    return { ...seed, events };
  };
  // A stand-in Worker that runs the real worker module in this thread, each message in a task of its own.
  // The worker's module, loaded once against a stand-in scope that answers whichever worker is current.
  let current: EventTarget | null = null;
  const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (m: unknown) => void } =
    {
      onmessage: null,
      postMessage: (message) => {
        const to = current;
        setTimeout(() => to?.dispatchEvent(new MessageEvent('message', { data: message })));
      },
    };
  let workerModule: Promise<unknown>;
  // A stand-in Worker that runs the real worker module in this thread, each message in a task of its own.
  class InThreadWorker extends EventTarget {
    static made = 0;
    constructor() {
      super();
      InThreadWorker.made++;
      current = this;
      if (!workerModule) {
        vi.stubGlobal('self', scope);
        workerModule = import('./word-index.worker.ts');
      }
    }
    postMessage(data: unknown) {
      workerModule.then(() => setTimeout(() => scope.onmessage?.({ data })));
    }
    terminate() {}
  }
  class UnloadableWorker extends InThreadWorker {
    override postMessage() {}
    constructor() {
      super();
      setTimeout(() => this.dispatchEvent(new Event('error')));
    }
  }
  const idle = vi.fn((run: IdleRequestCallback) =>
    window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 0 }), 1),
  );
  beforeEach(async () => {
    // Each test starts its own worker: the page keeps one for every build.
    (await import('./word-index-client.ts')).dropWordIndexWorker();
    InThreadWorker.made = 0;
    idle.mockClear();
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', (id: number) => window.clearTimeout(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  const search = async () => {
    await act(async () => root.render(<LargeProbe corpus={large()} q="MARKER2482" />));
    await vi.waitFor(
      async () => {
        await act(async () => {});
        expect(seen.at(-1)?.pending).toBe(false);
      },
      { timeout: 5000 },
    );
    return seen.at(-1);
  };

  it('finds a word of the last slice once the worker sends the index, with no slice taken here', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const found = await search();
    expect(found?.shown.map((e) => e.id)).toEqual(['e2482']);
    expect(InThreadWorker.made).toBe(1);
    expect(idle).not.toHaveBeenCalled();
    // Another corpus is indexed by the same worker, kept for every build.
    const again = await search();
    expect(again?.index).not.toBe(found?.index);
    expect(again?.shown.map((e) => e.id)).toEqual(['e2482']);
    expect(InThreadWorker.made).toBe(1);
    // Until then the query waited (every event shown as pending), then nothing more was left to wait for.
    expect([seen[0]?.pending, seen[0]?.progress]).toEqual([true, 0]);
    expect(seen.at(-1)?.progress).toBe(1);
  });

  it('builds the index here when the worker cannot load, and finds the same', async () => {
    vi.stubGlobal('Worker', UnloadableWorker);
    const found = await search();
    expect(found?.shown.map((e) => e.id)).toEqual(['e2482']);
    expect(InThreadWorker.made).toBe(1);
  });

  it('builds the index here when making the worker throws (a policy that forbids workers)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused to create a worker', 'SecurityError');
        }
      },
    );
    const found = await search();
    // Built here, in slices: before, the throw ended the build and the query waited for good.
    expect(found?.shown.map((e) => e.id)).toEqual(['e2482']);
  });
});

describe('recentFilterEvents', () => {
  it('gives the very same array for a filter of the same content, among the last six', () => {
    const index = filterIndexOf(corpus);
    const lavrov = recentFilterEvents(index, { ...NO_FILTER, persons: ['lavrov'] });
    expect(recentFilterEvents(index, { ...NO_FILTER, persons: ['lavrov'] })).toBe(lavrov);
    expect(lavrov.every((e) => e.participants.some((p) => p.entity === 'lavrov'))).toBe(true);
    for (const person of ['kerry', 'zarif', 'putin', 'makei', 'salman']) {
      recentFilterEvents(index, { ...NO_FILTER, persons: [person] });
    }
    // Six others since: lavrov's result was the oldest and is computed afresh (equal, not the same).
    recentFilterEvents(index, { ...NO_FILTER, persons: ['peskov'] });
    const again = recentFilterEvents(index, { ...NO_FILTER, persons: ['lavrov'] });
    expect(again).not.toBe(lavrov);
    expect(again).toEqual(lavrov);
  });

  it('gives the same array once the word index arrives, unless the filter has a text query', () => {
    const full = createFilterIndex(corpus);
    const withoutWords = { ...full, words: null };
    const kerry = recentFilterEvents(withoutWords, { ...NO_FILTER, persons: ['kerry'] });
    expect(recentFilterEvents(full, { ...NO_FILTER, persons: ['kerry'] })).toBe(kerry);
    const pending = recentFilterEvents(withoutWords, { ...NO_FILTER, q: 'كيري' });
    const found = recentFilterEvents(full, { ...NO_FILTER, q: 'كيري' });
    // Until the word index is there the text query waits: every event; then the ones that name Kerry.
    expect(pending).toHaveLength(21);
    expect(found.map((e) => e.id)).toEqual([
      ...kerry.map((e) => e.id),
      'lavrov-zarif-call-today', // its sentence names Kerry too
    ]);
  });
});
