import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../model/time-scale.ts';
import { layoutTimeline } from '../model/timeline-layout.ts';
import { visibleMarks } from '../model/timeline-marks.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { clusterHolding } from './hit-test.ts';

const layout = layoutTimeline(seedCorpus().events, 'type');
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const item = (id: string) => {
  const found = layout.items.find((i) => i.event.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('clusterHolding', () => {
  // Four years across 700 px: the seed's meetings and calls of late October 2015 are clusters.
  const scale = createTimeScale([new Date(ms('2012-01-01')), new Date(ms('2016-01-01'))], 700, 'rtl');
  const far = visibleMarks(layout, (t) => scale(t), [ms('2012-01-01'), ms('2016-01-01')], 700);

  it('finds the cluster an event is drawn in, with its count', () => {
    const cluster = clusterHolding(far, item('vienna-quartet'));
    expect(cluster && [layout.lanes[cluster.lane]?.key, cluster.row, cluster.items.length]).toEqual([
      'meeting',
      0,
      3,
    ]);
    expect(cluster?.items.map((i) => i.event.id)).toContain('vienna-quartet');
  });

  it('gives none for an event with a mark of its own', () => {
    expect(clusterHolding(far, item('geneva-communique'))).toBeNull();
    expect(far.marks.some((m) => m.item.event.id === 'geneva-communique')).toBe(true);
  });

  it('gives none when nothing is clustered', () => {
    const near = createTimeScale([new Date(ms('2015-10-22')), new Date(ms('2015-10-29'))], 700, 'rtl');
    const week = visibleMarks(layout, (t) => near(t), [ms('2015-10-22'), ms('2015-10-29')], 700);
    expect(clusterHolding(week, item('vienna-quartet'))).toBeNull();
  });
});
