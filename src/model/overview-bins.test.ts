import { expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import { overviewBins } from './overview-bins.ts';
import { createTimeScale } from './time-scale.ts';
import { fullExtent } from './timeline-window.ts';

const corpus = seedCorpus();
const extent = fullExtent(corpus.events) as [Date, Date];

it('counts short events and outside dates per column, and draws long or open intervals as lines', () => {
  const x = createTimeScale(extent, 1000, 'rtl');
  const { columns, ranges } = overviewBins(corpus.events, (d) => x(d), 1000, 24);
  // 27 October holds seven events (the tallest bar); the 24th has the Vienna meeting as reported plus
  // two calls that outside sources date there; the 30 September decision and the 2012 Geneva date are alone.
  expect(columns.map((c) => [c.x, Math.round(c.height)])).toEqual([
    [76, 24],
    [77, 16],
    [78, 13],
    [79, 18],
    [96, 9],
    [970, 9],
  ]);
  // Geneva's open past runs to the right edge (time runs right-to-left); the three ongoing contacts run
  // from publication into the past; the planned visit spans 28 October to the end of 2015.
  expect(ranges.map((r) => [Math.round(r.left), Math.round(r.right)])).toEqual([
    [884, 1000],
    [77, 80],
    [77, 1000],
    [77, 1000],
    [77, 1000],
    [29, 77],
  ]);
});
