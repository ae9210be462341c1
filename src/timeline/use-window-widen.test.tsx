// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../model/article-schema.ts';
import { buildCorpus } from '../model/build-corpus.ts';
import type { CorpusEvent } from '../model/corpus.ts';
import { sameWindow } from '../model/timeline-window.ts';
import { claimsRecords } from '../test/claims-records.ts';
import { useWindowWiden } from './use-window-widen.ts';

const [seed, , , wire] = claimsRecords() as ArticleRecord[] as [
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (window: readonly [Date, Date]) => window.map((d) => d.toISOString().slice(0, 10));

let root: Root;
/** Each render's window as drawn, with the zoom's own state at that render. */
const renders: { drawn: string[]; state: string[] }[] = [];
const reported = vi.fn();

/** The zoom's window state, as useTimelineZoom keeps it, and the widening over it. */
function Probe({ events, onWindowChange }: { events: CorpusEvent[]; onWindowChange: typeof reported }) {
  const [domain, setDomain] = useState<[Date, Date]>([day('2015-10-22'), day('2015-10-29')]);
  const drawn = useWindowWiden({ allEvents: events, domain, adjustWindow: setDomain, onWindowChange });
  renders.push({ drawn: iso(drawn), state: iso(domain) });
  return null;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(document.createElement('div'));
  renders.length = 0;
  reported.mockClear();
});
afterEach(() => act(() => root.unmount()));

describe('useWindowWiden', () => {
  const before = buildCorpus([seed]).events;
  const after = buildCorpus([seed, wire]).events;

  it('leaves the first corpus to the first window', () => {
    act(() => root.render(<Probe events={before} onWindowChange={reported} />));
    expect(renders).toEqual([{ drawn: ['2015-10-22', '2015-10-29'], state: ['2015-10-22', '2015-10-29'] }]);
    expect(reported).not.toHaveBeenCalled();
  });

  it('draws a new file at the widened window from the render that receives it, and writes it once', () => {
    act(() => root.render(<Probe events={before} onWindowChange={reported} />));
    act(() => root.render(<Probe events={after} onWindowChange={reported} />));
    // The first pass draws the widened window before the state holds it; React's repeat of that render
    // (for the state set during it) finds both the same. No render draws the old window with the new events.
    expect(renders.slice(1)).toEqual([
      { drawn: ['2015-10-22', '2015-11-05'], state: ['2015-10-22', '2015-10-29'] },
      { drawn: ['2015-10-22', '2015-11-05'], state: ['2015-10-22', '2015-11-05'] },
    ]);
    expect(reported.mock.calls.map(([window]) => iso(window))).toEqual([['2015-10-22', '2015-11-05']]);
    // A new callback alone is no new window: nothing is written again.
    const later = vi.fn();
    act(() => root.render(<Probe events={after} onWindowChange={later} />));
    expect(later).not.toHaveBeenCalled();
    expect(reported).toHaveBeenCalledTimes(1);
  });
});

describe('sameWindow', () => {
  const window: [Date, Date] = [day('2015-10-22'), day('2015-11-05')];
  it('takes a millisecond either end as the same window, and two as another', () => {
    const shift = (ms: number, end: 0 | 1): [Date, Date] =>
      end === 0
        ? [new Date(window[0].getTime() + ms), window[1]]
        : [window[0], new Date(window[1].getTime() + ms)];
    expect(sameWindow(window, shift(1, 0))).toBe(true);
    expect(sameWindow(window, shift(-1, 1))).toBe(true);
    expect(sameWindow(window, shift(2, 0))).toBe(false);
    expect(sameWindow(window, shift(-2, 1))).toBe(false);
  });
});
