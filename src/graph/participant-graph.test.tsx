// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/locale.tsx';
import { buildCorpus } from '../model/build-corpus.ts';
import type { Lang } from '../model/format-date.ts';
import { buildParticipantGraph, participantGraphOf } from '../model/participant-graph.ts';
import { validateArticle } from '../model/validate-article.ts';
import { mountEachTest } from '../test/mount.ts';
import { SEED_FILE } from '../test/seed-record.ts';
import type { LayoutRequest, LayoutResponse } from './graph-layout.worker.ts';
import { ParticipantGraphView, type ParticipantGraphViewProps } from './participant-graph.tsx';

// seedJson() resolves its path from import.meta.url, which jsdom turns into a web address; vitest runs from the mount.root.
const result = validateArticle(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
if (!result.ok) throw new Error('seed invalid');
const corpus = buildCorpus([result.record]);
const graph = buildParticipantGraph(corpus.events, corpus.entities);
const titles = new Map(corpus.events.map((e) => [e.id, e.title.en]));

const mount = mountEachTest();

function render(lang: Lang, overrides: Partial<ParticipantGraphViewProps> = {}) {
  const props: ParticipantGraphViewProps = {
    graph,
    selectedPersonIds: [],
    onTogglePerson: vi.fn(),
    onSelectPair: vi.fn(),
    eventTitle: (id) => titles.get(id) ?? id,
    ...overrides,
  };
  act(() =>
    mount.root.render(
      <LocaleProvider lang={lang}>
        <ParticipantGraphView {...props} />
      </LocaleProvider>,
    ),
  );
  return props;
}

const node = (id: string) => mount.container.querySelector(`[data-node-id="${id}"]`) as SVGGElement;
const edge = (id: string) => mount.container.querySelector(`[data-edge-id="${id}"]`) as SVGLineElement;

describe('ParticipantGraphView', () => {
  it('draws every node as a named toggle button and every edge as a named button', () => {
    render('en', { selectedPersonIds: ['zarif'] });
    expect(mount.container.querySelectorAll('.graph-node')).toHaveLength(13);
    expect(node('lavrov').getAttribute('aria-label')).toBe('Sergey Lavrov — 13 events');
    expect(node('lavrov').getAttribute('aria-pressed')).toBe('false');
    expect(node('zarif').getAttribute('aria-pressed')).toBe('true');
    expect(mount.container.querySelectorAll('.graph-edge-hit')).toHaveLength(11);
    expect(edge('kerry|lavrov').getAttribute('aria-label')).toBe(
      'John Kerry and Sergey Lavrov: 4 events (3 phone calls, 1 meeting)',
    );
    expect(mount.container.querySelectorAll('.graph-edge-arrow')).toHaveLength(1);
  });

  it('toggles a person with Enter and selects a pair from an edge', () => {
    const props = render('en');
    act(() => node('makei').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(props.onTogglePerson).toHaveBeenCalledWith('makei');
    act(() => edge('lavrov|zarif').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(props.onSelectPair).toHaveBeenCalledWith('lavrov', 'zarif');
  });

  it('lists an edge’s events in a tooltip on focus', () => {
    render('en');
    act(() => edge('lavrov|zarif').dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    const tooltip = mount.container.querySelector('[role="tooltip"]');
    expect(tooltip?.querySelectorAll('li')).toHaveLength(4);
    expect(tooltip?.textContent).toContain('initiated by Mohammad Javad Zarif');
    expect(edge('lavrov|zarif').getAttribute('aria-describedby')).toBe(tooltip?.id);
  });

  it('keeps the persons it was drawn with while the graph of new events is being built', () => {
    render('en');
    // `graph` is still the one on screen: the new persons wait for theirs.
    render('en', { selectedPersonIds: ['zarif'], pending: 0.5 });
    expect(node('zarif').getAttribute('aria-pressed')).toBe('false');
    expect(mount.container.querySelector('.graph-canvas')?.getAttribute('data-settled')).toBe('false');
    render('en', { selectedPersonIds: ['zarif'] });
    expect(node('zarif').getAttribute('aria-pressed')).toBe('true');
    expect(mount.container.querySelector('.graph-canvas')?.getAttribute('data-settled')).toBe('true');
  });

  it('fades what the highlighted event leaves out', () => {
    render('en', { highlightedEventId: 'lavrov-makei-talks' });
    expect(node('lavrov').dataset.emphasis).toBe('on');
    expect(node('makei').dataset.emphasis).toBe('on');
    expect(node('kerry').dataset.emphasis).toBe('off');
  });

  it('speaks Arabic, with countries named by Intl', () => {
    render('ar');
    expect(node('lavrov').getAttribute('aria-label')).toBe('سيرغي لافروف — ١٣ حدثًا');
    expect(node('lavrov').querySelector('title')?.textContent).toBe('سيرغي لافروف — ١٣ حدثًا');
    const label = mount.container.querySelector('.graph-labels text[data-label-for="lavrov"]');
    expect(label?.textContent).toBe('سيرغي لافروف');
    expect(label?.getAttribute('direction')).toBe('rtl');
    expect(mount.container.querySelector('.graph-legend')?.textContent).toContain('روسيا');
    expect(mount.container.querySelector('.connections-table')).toBeNull();
    const details = mount.container.querySelector('details') as HTMLDetailsElement;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const rows = [...mount.container.querySelectorAll('.connections-table tbody tr')].map(
      (r) => r.textContent,
    );
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe('جون كيري – سيرغي لافروف٤٣ اتصالات هاتفية، لقاء واحد');
  });
});

describe('ParticipantGraphView on a graph drawn in part', () => {
  // 450 people in a chain, the busiest first, every pair of weight 1: 300 pairs are drawn, the
  // chosen person's first, then by id (p000–p299), so 302 people with p448 and p449.
  const ids = Array.from({ length: 450 }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const large: ParticipantGraphViewProps['graph'] = participantGraphOf(
    ids.map((id, i) => ({
      id,
      kind: 'person',
      country: null,
      name: { ar: id, en: id },
      eventIds: [`e${i}`],
      eventCount: 450 - i,
    })),
    ids.slice(1).map((id, i) => ({
      id: `${ids[i]}|${id}`,
      source: ids[i] as string,
      target: id,
      weight: 1,
      kinds: { call: 1, meeting: 0, other: 0 },
      initiated: [],
    })),
  );

  it('keeps a person toggled off on screen, so the focus on them stays', () => {
    const props = render('en', { graph: large, selectedPersonIds: ['p449'], workerThreshold: 10_000 });
    expect(mount.container.querySelectorAll('.graph-node')).toHaveLength(302);
    expect(node('p449')).not.toBeNull();
    act(() => node('p449').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(props.onTogglePerson).toHaveBeenCalledWith('p449');
    render('en', { graph: large, selectedPersonIds: [], workerThreshold: 10_000 });
    expect(node('p449')).not.toBeNull();
    expect(node('p449').getAttribute('aria-pressed')).toBe('false');
    // Someone never toggled, not a partner of one, and not among the busiest is not drawn.
    expect(node('p447')).toBeNull();
  });
});

describe('ParticipantGraphView laid out in a worker', () => {
  // A stand-in Worker that records what it is asked and is answered by the test.
  class FakeWorker {
    static made: FakeWorker[] = [];
    onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    requests: LayoutRequest[] = [];
    terminated = false;
    constructor() {
      FakeWorker.made.push(this);
    }
    postMessage(request: LayoutRequest) {
      this.requests.push(request);
    }
    terminate() {
      this.terminated = true;
    }
  }
  const of = (id: string) =>
    buildParticipantGraph(
      corpus.events.filter((e) => e.id === id),
      corpus.entities,
    );
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps one worker while graphs cross the threshold back and forth, and ends it when the view goes', () => {
    // Four people go to the worker (threshold 3); two are laid out here.
    render('en', { graph: of('vienna-quartet'), workerThreshold: 3 });
    render('en', { graph: of('lavrov-makei-talks'), workerThreshold: 3 });
    render('en', { graph: of('vienna-quartet'), workerThreshold: 3 });
    const [worker, ...more] = FakeWorker.made;
    expect(more).toHaveLength(0);
    expect(worker?.terminated).toBe(false);
    expect(worker?.requests.map((r) => r.graph.nodes.length)).toEqual([4, 4]);
    act(() => mount.root.render(null));
    expect(worker?.terminated).toBe(true);
  });

  // The worker's answer to the last request: each node in a row.
  const answer = () => {
    const worker = FakeWorker.made.at(-1) as FakeWorker;
    const request = worker.requests.at(-1) as LayoutRequest;
    const positions = request.graph.nodes.map((n, i) => ({ id: n.id, x: i * 40, y: 0 }));
    act(() =>
      worker.onmessage?.({
        data: { requestId: request.requestId, type: 'done', positions },
      } as MessageEvent<LayoutResponse>),
    );
  };
  const drawnIds = () =>
    [...mount.container.querySelectorAll('.graph-node')].map((n) => n.getAttribute('data-node-id'));
  const pressedIds = () =>
    [...mount.container.querySelectorAll('.graph-node[aria-pressed="true"]')].map((n) =>
      n.getAttribute('data-node-id'),
    );

  it('keeps the last laid-out graph on screen until the new one is laid out', () => {
    render('en', { graph: of('lavrov-makei-talks'), workerThreshold: 1 });
    expect(drawnIds()).toEqual([]);
    answer();
    expect(drawnIds()).toEqual(['lavrov', 'makei']);
    render('en', { graph: of('vienna-quartet'), workerThreshold: 1 });
    expect(drawnIds()).toEqual(['lavrov', 'makei']);
    expect(mount.container.querySelector('.graph-canvas')?.getAttribute('data-settled')).toBe('false');
    answer();
    expect(drawnIds()).toEqual(['kerry', 'lavrov', 'saudi-fm', 'turkish-fm']);
  });

  it('presses the chosen persons in the graph laid out for them, and at once when the drawing stays', () => {
    render('en', { graph: of('lavrov-makei-talks'), workerThreshold: 1 });
    answer();
    // Lavrov chosen, with a new graph: the old drawing stays as it was laid out, Lavrov unpressed.
    render('en', { graph: of('vienna-quartet'), selectedPersonIds: ['lavrov'], workerThreshold: 1 });
    expect(drawnIds()).toEqual(['lavrov', 'makei']);
    expect(pressedIds()).toEqual([]);
    expect(mount.container.querySelectorAll('.graph-node-ring')).toHaveLength(0);
    answer();
    expect(drawnIds()).toEqual(['kerry', 'lavrov', 'saudi-fm', 'turkish-fm']);
    expect(pressedIds()).toEqual(['lavrov']);
    expect(mount.container.querySelectorAll('.graph-node-ring')).toHaveLength(1);
    // Kerry too, and the same people drawn: nothing to lay out, pressed at once.
    const requests = FakeWorker.made.at(-1)?.requests.length;
    render('en', { graph: of('vienna-quartet'), selectedPersonIds: ['lavrov', 'kerry'], workerThreshold: 1 });
    expect(FakeWorker.made.at(-1)?.requests.length).toBe(requests);
    expect(pressedIds()).toEqual(['kerry', 'lavrov']);
  });

  it('lays the graph out here once the worker fails, and every graph after it', () => {
    const settled = () => mount.container.querySelector('.graph-canvas')?.getAttribute('data-settled');
    render('en', { graph: of('lavrov-makei-talks'), workerThreshold: 1 });
    const [worker] = FakeWorker.made as [FakeWorker];
    expect(worker.requests).toHaveLength(1);
    expect(settled()).toBe('false');
    // Its code did not load: the error is the hook's to handle, not the page's.
    const error = new Event('error', { cancelable: true });
    act(() => worker.onerror?.(error));
    expect(error.defaultPrevented).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(drawnIds()).toEqual(['lavrov', 'makei']);
    expect(settled()).toBe('true');
    // The next graph is laid out here at once: nothing more goes to a worker, none is made again.
    render('en', { graph: of('vienna-quartet'), workerThreshold: 1 });
    expect(drawnIds()).toEqual(['kerry', 'lavrov', 'saudi-fm', 'turkish-fm']);
    expect(settled()).toBe('true');
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.requests).toHaveLength(1);
  });
});
