import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { buildCorpus } from './corpus.ts';
import { createTimeScale } from './time-scale.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { visibleMarks } from './timeline-marks.ts';
import { validateArticle } from './validate-article.ts';

const checked = validateArticle(seedJson());
if (!checked.ok) throw new Error('seed invalid');
const corpus = buildCorpus([checked.record]);
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

describe('visibleMarks zoomed out to four years', () => {
  const far = marksFor('2012-01-01', '2016-01-01', 700, 'rtl');
  it('clusters events too close to tell apart, with their count', () => {
    expect(far.clusters.map((c) => [layout.lanes[c.lane]?.key, c.row, c.items.length])).toEqual([
      ['meeting', 0, 3],
      ['phone-call', 0, 3],
      ['phone-call', 1, 3],
    ]);
    expect(far.visible).toBe(21);
  });
});
