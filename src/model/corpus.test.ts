import { expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import { notesFor } from './corpus.ts';

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

it('indexes entities and notes', () => {
  expect(corpus.entities.get('zarif')?.name.en).toBe('Mohammad Javad Zarif');
  expect(corpus.entities.size).toBe(23);
  expect(notesFor(corpus, 'lavrov-zarif-vienna-meeting').map((n) => n.id)).toEqual(['lavrov-zarif-vienna']);
});
