import { expect, it } from 'vitest';
import { seedCorpus, seedRecord } from '../test/seed-record.ts';
import { buildCorpus } from './build-corpus.ts';
import { notesFor } from './corpus.ts';
import { createFilterIndex } from './filter-index.ts';
import { layoutTimeline } from './timeline-layout.ts';

const corpus = seedCorpus();

it('orders events by time, open starts by their end, ties by end then id', () => {
  expect(corpus.events.map((e) => e.id)).toEqual([
    'geneva-communique',
    'federation-council-decision',
    'vienna-quartet',
    'lavrov-after-vienna-statement',
    'lavrov-zarif-vienna-meeting',
    'lavrov-kerry-call-1',
    'lavrov-zarif-call-day-before',
    'lavrov-kerry-call-2',
    'lavrov-zarif-call-yesterday',
    'putin-salman-call',
    'lavrov-kerry-call-3',
    'lavrov-makei-press-conference',
    'lavrov-makei-talks',
    'lavrov-zarif-call-today',
    'paris-meeting',
    'peskov-statements',
    'russia-belarus-agreements',
    'egypt-contacts',
    'moderate-opposition-request',
    'support-group-efforts',
    'salman-moscow-visit',
  ]);
});

it('turns inclusive days into real times with an exclusive end', () => {
  const call = corpus.events.find((e) => e.id === 'lavrov-kerry-call-2');
  expect(call?.startMs).toBe(Date.parse('2015-10-26T00:00:00.000Z'));
  expect(call?.endMs).toBe(Date.parse('2015-10-27T00:00:00.000Z'));
  const geneva = corpus.events.find((e) => e.id === 'geneva-communique');
  expect(geneva?.startMs).toBeNull();
  expect(geneva?.endMs).toBe(Date.parse('2012-10-27T00:00:00.000Z'));
});

it('keeps an event on the first day of 1970 (time 0) dated, in the index and on the timeline', () => {
  const record = seedRecord();
  const paris = record.events.find((e) => e.id === 'paris-meeting');
  if (!paris) throw new Error('no paris-meeting in the seed');
  Object.assign(paris.when, { start: '1970-01-01', end: '1970-01-01', precision: 'day' });
  const epoch = buildCorpus([record]);
  const event = epoch.events.find((e) => e.id === 'paris-meeting');
  expect([event?.startMs, event?.endMs]).toEqual([0, 86_400_000]);
  expect(epoch.events[0]?.id).toBe('paris-meeting');
  expect(createFilterIndex(epoch).dated[0]).toBe(1);
  const layout = layoutTimeline(epoch.events, 'type');
  expect(layout.items[0]?.event.id).toBe('paris-meeting');
  expect(layout.undated.map((e) => e.id)).not.toContain('paris-meeting');
});

it('indexes entities and notes', () => {
  expect(corpus.entities.get('zarif')?.name.en).toBe('Mohammad Javad Zarif');
  expect(corpus.entities.size).toBe(23);
  expect(notesFor(corpus, 'lavrov-zarif-vienna-meeting').map((n) => n.id)).toEqual(['lavrov-zarif-vienna']);
});
