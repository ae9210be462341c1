import { describe, expect, it } from 'vitest';
import { seedCorpus, seedRecord } from '../test/seed-record.ts';
import { buildCorpus } from './build-corpus.ts';
import { createTimeScale } from './time-scale.ts';
import { layoutTimeline, markLook } from './timeline-layout.ts';
import { visibleMarks } from './timeline-marks.ts';

const corpus = seedCorpus();
const layout = layoutTimeline(corpus.events, 'type');
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function marksFor(from: string, to: string, width: number, dir: 'rtl' | 'ltr') {
  const scale = createTimeScale([new Date(ms(from)), new Date(ms(to))], width, dir);
  return visibleMarks(layout, (t) => scale(t), [ms(from), ms(to)], width);
}

describe('visibleMarks on the dense week (700 px, 100 px a day)', () => {
  const rtl = marksFor('2015-10-22', '2015-10-29', 700, 'rtl');
  const byId = (id: string) => rtl.marks.find((m) => m.item.event.id === id);

  it('places day events at the middle of their day, right-to-left', () => {
    expect(byId('vienna-quartet')?.x).toBe(550);
    expect(byId('lavrov-kerry-call-3')?.x).toBe(150);
    expect(rtl.clusters).toEqual([]);
  });

  it('draws intervals as bars and open ranges running off the past edge', () => {
    const statement = byId('lavrov-after-vienna-statement');
    expect([statement?.left, statement?.right].map((v) => Math.round(v ?? 0))).toEqual([100, 600]);
    const egypt = byId('egypt-contacts');
    expect([Math.round(egypt?.left ?? 0), egypt?.right, egypt?.openLeft, egypt?.openRight]).toEqual([
      100,
      700,
      false,
      true,
    ]);
    expect(byId('salman-moscow-visit')?.left).toBe(-40);
    expect(byId('egypt-contacts')?.x).toBe(byId('egypt-contacts')?.left);
    expect(rtl.visible).toBe(19);
    expect(byId('geneva-communique')).toBeUndefined();
    expect(byId('federation-council-decision')).toBeUndefined();
  });

  it('mirrors in English: the past runs off the left edge', () => {
    const egypt = marksFor('2015-10-22', '2015-10-29', 700, 'ltr').marks.find(
      (m) => m.item.event.id === 'egypt-contacts',
    );
    expect([egypt?.left, Math.round(egypt?.right ?? 0), egypt?.openLeft, egypt?.openRight]).toEqual([
      0,
      600,
      true,
      false,
    ]);
  });
});

const far = marksFor('2012-01-01', '2016-01-01', 700, 'rtl');

describe('visibleMarks zoomed out to four years', () => {
  it('clusters events too close to tell apart, with their count', () => {
    expect(far.clusters.map((c) => [layout.lanes[c.lane]?.key, c.row, c.items.length])).toEqual([
      ['meeting', 0, 3],
      ['phone-call', 0, 3],
      ['phone-call', 1, 3],
    ]);
    expect(far.visible).toBe(21);
  });
  it('keeps the other marks in time order, and each cluster its events in theirs', () => {
    // The corpus's time order, less the nine events drawn in the three clusters below.
    const clustered = new Set(far.clusters.flatMap((c) => c.items.map((i) => i.event.id)));
    expect(clustered.size).toBe(9);
    expect(far.marks.map((m) => m.item.event.id)).toEqual(
      corpus.events.map((e) => e.id).filter((id) => !clustered.has(id)),
    );
    expect(far.marks.length).toBe(12);
    expect(far.clusters.map((c) => [Math.round(c.x), c.items.map((i) => i.event.id)])).toEqual([
      [33, ['vienna-quartet', 'lavrov-zarif-vienna-meeting', 'lavrov-makei-talks']],
      [32, ['lavrov-kerry-call-1', 'lavrov-kerry-call-2', 'lavrov-kerry-call-3']],
      [32, ['lavrov-zarif-call-day-before', 'lavrov-zarif-call-yesterday', 'lavrov-zarif-call-today']],
    ]);
  });
});

describe('markLook', () => {
  it('numbers type × certainty × planned in the vocabulary orders', () => {
    const look = (id: string) => {
      const event = corpus.events.find((e) => e.id === id);
      return event && markLook(event);
    };
    // phone-call (0), stated (0), occurred
    expect(look('putin-salman-call')).toBe(0);
    // phone-call (0), inferred (1)
    expect(look('lavrov-kerry-call-1')).toBe(2);
    // meeting (1), outside (2), planned: (1 × 3 + 2) × 2 + 1
    expect(look('paris-meeting')).toBe(11);
    // planned-visit (7), stated (0), planned: (7 × 3 + 0) × 2 + 1
    expect(look('salman-moscow-visit')).toBe(43);
    expect(far.marks.find((m) => m.item.event.id === 'paris-meeting')?.look).toBe(11);
  });
});

describe('the drawn extent of each precision', () => {
  const widen = (precision: 'month' | 'year', start: string, end: string) => {
    const record = seedRecord();
    const decision = record.events.find((e) => e.id === 'federation-council-decision');
    if (!decision) throw new Error('no decision');
    Object.assign(decision.when, { precision, start, end });
    return layoutTimeline(buildCorpus([record]).events, 'type');
  };
  const extent = (layout: ReturnType<typeof layoutTimeline>, from: string, to: string) => {
    const scale = createTimeScale([new Date(ms(from)), new Date(ms(to))], 1000, 'ltr');
    const mark = visibleMarks(layout, (t) => scale(t), [ms(from), ms(to)], 1000).marks.find(
      (m) => m.item.event.id === 'federation-council-decision',
    );
    return mark && [Math.round(mark.left), Math.round(mark.right), mark.openLeft, mark.openRight];
  };

  it('draws a day as a point at its middle', () => {
    expect(extent(layout, '2015-09-01', '2015-11-10')).toEqual([421, 421, false, false]);
  });
  it('draws a month as a bar over the whole month', () => {
    expect(extent(widen('month', '2015-09-01', '2015-09-30'), '2015-09-01', '2015-11-10')).toEqual([
      0,
      429,
      false,
      false,
    ]);
  });
  it('draws a year as a bar over the whole year, cut at the window', () => {
    expect(extent(widen('year', '2015-01-01', '2015-12-31'), '2015-09-01', '2015-11-10')).toEqual([
      -40,
      1040,
      false,
      false,
    ]);
  });
});
