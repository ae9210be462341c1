import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import type { CorpusEvent } from './corpus.ts';
import {
  layoutOf,
  layoutTimeline,
  MAX_ROWS,
  SLOT_MANY_LANES,
  SLOT_RANGE,
  type TimelineItem,
} from './timeline-layout.ts';
import { canFitResults, denseWindow, fullExtent, resultsWindow } from './timeline-window.ts';

const corpus = seedCorpus();
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('windows on the seed', () => {
  it('opens on the dense days of 22–28 October 2015', () => {
    expect(denseWindow(corpus.events)?.map(iso)).toEqual(['2015-10-22', '2015-10-29']);
  });
  it('spans from the 2012 Geneva communiqué to the planned end-of-year visit in the overview', () => {
    expect(fullExtent(corpus.events)?.map(iso)).toEqual(['2012-05-22', '2016-02-09']);
  });
  it('fits the results: all dated events, or the events inside the date filter, held to its days', () => {
    // 27 October 2012 (the communiqué's end) to 1 January 2016 (the visit's), 1,161 days, ± 34.8 days.
    expect(resultsWindow(corpus.events)?.map(iso)).toEqual(['2012-09-22', '2016-02-05']);
    const lastWeek = corpus.events.filter((e) => e.startMs !== null && e.startMs >= Date.UTC(2015, 9, 23));
    expect(resultsWindow(lastWeek, '2015-10-23', '2015-10-26')?.map(iso)).toEqual([
      '2015-10-23',
      '2015-10-27',
    ]);
    expect(resultsWindow([], '2015-10-23', '2015-10-26')?.map(iso)).toEqual(['2015-10-23', '2015-10-27']);
    expect(resultsWindow([])).toBeNull();
  });
  it('says whether there is a window to fit without working it out', () => {
    const undated = corpus.events.slice(0, 3).map((e) => ({ ...e, startMs: null, endMs: null }));
    expect(resultsWindow(undated)).toBeNull();
    expect(canFitResults(undated, null, null)).toBe(false);
    expect(canFitResults(undated, '2015-10-23', null)).toBe(false);
    expect(canFitResults(undated, '2015-10-23', '2015-10-26')).toBe(true);
    const oneDated = [...undated, { ...(corpus.events[0] as CorpusEvent), startMs: null }];
    expect(oneDated[3]?.endMs).not.toBeNull();
    expect(canFitResults(oneDated, null, null)).toBe(true);
    expect(resultsWindow(oneDated)).not.toBeNull();
    expect(canFitResults(corpus.events, null, null)).toBe(true);
  });
});

describe('layoutTimeline by type', () => {
  const layout = layoutTimeline(corpus.events, 'type');
  const at = (id: string) => layout.items.find((i) => i.event.id === id);

  it('has one lane per type present, in the schema order', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual([
      'phone-call',
      'meeting',
      'press-conference',
      'statement',
      'decision',
      'agreement',
      'communique',
      'planned-visit',
      'ongoing-contacts',
    ]);
    expect(layout.undated).toEqual([]);
  });

  it('stacks same-day events without overlap', () => {
    expect([at('lavrov-kerry-call-1')?.row, at('lavrov-zarif-call-day-before')?.row]).toEqual([0, 1]);
    expect([
      at('lavrov-kerry-call-2')?.row,
      at('lavrov-zarif-call-yesterday')?.row,
      at('putin-salman-call')?.row,
    ]).toEqual([0, 1, 2]);
    expect([at('lavrov-kerry-call-3')?.row, at('lavrov-zarif-call-today')?.row]).toEqual([0, 1]);
    expect([at('lavrov-after-vienna-statement')?.row, at('peskov-statements')?.row]).toEqual([0, 1]);
    expect(layout.rowsPerLane).toEqual([3, 2, 1, 2, 1, 1, 1, 1, 3]);
    for (let lane = 0; lane < layout.lanes.length; lane++) {
      const inLane = layout.items.filter((i) => i.lanes.includes(lane));
      for (const a of inLane)
        for (const b of inLane)
          if (a !== b && a.row === b.row) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
  });

  it('keeps open ends open and marks day-precision events as points', () => {
    const geneva = at('geneva-communique');
    expect(geneva?.start).toBe(Number.NEGATIVE_INFINITY);
    expect(new Date(geneva?.end ?? 0).toISOString()).toBe('2012-10-27T00:00:00.000Z');
    expect(geneva?.point).toBe(false);
    expect(at('vienna-quartet')?.point).toBe(true);
  });

  it('packs each item’s times, slot and look in columns indexed like the items', () => {
    const column = (id: string) => {
      const i = layout.items.findIndex((item) => item.event.id === id);
      const { start, end, slot, look } = layout.columns;
      return [start[i], end[i], slot[i], look[i]];
    };
    expect(layout.columns.start).toHaveLength(layout.items.length);
    // phone-call lane 0, row 2 of 8: slot 2; look 0 (phone call, stated, occurred)
    expect(column('putin-salman-call')).toEqual([Date.UTC(2015, 9, 26), Date.UTC(2015, 9, 27), 2, 0]);
    // A range open towards the past: no slot of its own; communique (6), stated (0), occurred: 6 × 3 × 2
    expect(column('geneva-communique')).toEqual([
      Number.NEGATIVE_INFINITY,
      Date.UTC(2012, 9, 27),
      SLOT_RANGE,
      36,
    ]);
  });
});

describe('layoutTimeline by person', () => {
  const layout = layoutTimeline(corpus.events, 'person');
  it('orders lanes by activity and gives each event every participant’s lane', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual([
      'lavrov',
      'kerry',
      'zarif',
      'makei',
      'russia',
      'salman',
      'egyptian-counterparts',
      'federation-council',
      'france',
      'peskov',
      'putin',
      'saudi-fm',
      'turkish-fm',
      'unnamed',
    ]);
    const vienna = layout.items.find((i) => i.event.id === 'vienna-quartet');
    expect(vienna?.lanes).toEqual([0, 1, 11, 12]);
    const geneva = layout.items.find((i) => i.event.id === 'geneva-communique');
    expect(geneva?.lanes).toEqual([13]);
    // A day-precision event in several lanes never clusters: its slot says so.
    expect(layout.columns.slot[layout.items.indexOf(vienna as TimelineItem)]).toBe(SLOT_MANY_LANES);
  });
  it('stacks each lane on its own, long open ranges first, without overlap', () => {
    expect(Math.max(...layout.rowsPerLane)).toBeLessThanOrEqual(MAX_ROWS);
    expect(layout.rowsPerLane[0]).toBe(7);
    const lavrov = layout.items
      .filter((i) => i.lanes.includes(0))
      .map((i) => ({ i, row: i.rows[i.lanes.indexOf(0)] }));
    expect(lavrov.find((x) => x.i.event.id === 'egypt-contacts')?.row).toBe(0);
    for (const a of lavrov)
      for (const b of lavrov)
        if (a !== b && a.row === b.row) expect(a.i.end <= b.i.start || b.i.end <= a.i.start).toBe(true);
  });
});

describe('windows on a very large corpus', () => {
  it('finds the extent of 300,000 events without overflowing the call stack', () => {
    const base = corpus.events[2] as (typeof corpus.events)[number];
    const many = Array.from({ length: 300_000 }, (_, i) => ({
      ...base,
      startMs: Date.UTC(2014, 0, 1) + i * 1000,
      endMs: Date.UTC(2014, 0, 1) + i * 1000 + 86_400_000,
    }));
    expect(fullExtent(many)?.map(iso)).toEqual(['2013-12-29', '2014-01-09']);
  });
});

describe('layoutOf', () => {
  it('gives the same layout for the same array and mode, and lays out anew otherwise', () => {
    const events = [...seedCorpus().events];
    const byType = layoutOf(events, 'type');
    expect(layoutOf(events, 'type')).toBe(byType);
    expect(byType.items.length).toBe(layoutTimeline(events, 'type').items.length);
    const byPerson = layoutOf(events, 'person');
    expect(byPerson).not.toBe(byType);
    expect(layoutOf(events, 'person')).toBe(byPerson);
    expect(layoutOf([...events], 'type')).not.toBe(byType);
  });
});
