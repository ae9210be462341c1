import { describe, expect, it } from 'vitest';
import { claimsRecords } from '../test/claims-records.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { buildCorpus } from './build-corpus.ts';
import type { Corpus, CorpusEvent } from './corpus.ts';
import {
  articleEventsShown,
  type FilterState,
  filterEvents,
  NO_FILTER,
  textPending,
} from './filter-events.ts';
import { describeEmptiness, filterCounts } from './filter-facets.ts';
import { buildWordIndex, createFilterIndex, eventSearchText, wordIndexSteps } from './filter-index.ts';

const corpus = seedCorpus();
const index = createFilterIndex(corpus);
const ids = (change: Partial<FilterState>, on = index) =>
  filterEvents(on, { ...NO_FILTER, ...change }).map((e) => e.id);

const ONGOING = ['egypt-contacts', 'moderate-opposition-request', 'support-group-efforts'];
const LAVROV_ZARIF = [
  'lavrov-zarif-vienna-meeting',
  'lavrov-zarif-call-day-before',
  'lavrov-zarif-call-yesterday',
  'lavrov-zarif-call-today',
];

it('keeps every event, in corpus order, when nothing is chosen', () => {
  expect(ids({})).toEqual(corpus.events.map((e) => e.id));
});

describe('persons', () => {
  it('"all": Lavrov and Kerry share the three calls and the Vienna quartet', () => {
    expect(ids({ persons: ['lavrov', 'kerry'], personMode: 'all' })).toEqual([
      'vienna-quartet',
      'lavrov-kerry-call-1',
      'lavrov-kerry-call-2',
      'lavrov-kerry-call-3',
    ]);
  });

  it('"any": Zarif takes part in four events', () => {
    expect(ids({ persons: ['zarif'] })).toEqual(LAVROV_ZARIF);
  });

  it('"any" of Kerry and Zarif is the union, in time order', () => {
    expect(ids({ persons: ['kerry', 'zarif'] })).toEqual([
      'vienna-quartet',
      'lavrov-zarif-vienna-meeting',
      'lavrov-kerry-call-1',
      'lavrov-zarif-call-day-before',
      'lavrov-kerry-call-2',
      'lavrov-zarif-call-yesterday',
      'lavrov-kerry-call-3',
      'lavrov-zarif-call-today',
    ]);
  });

  it('counts participants only, not entities merely mentioned', () => {
    expect(ids({ persons: ['erdogan'] })).toEqual([]);
    expect(ids({ persons: ['salman'] })).toEqual(['putin-salman-call', 'salman-moscow-visit']);
  });

  it('"all" of Kerry and Zarif is empty; an unknown id matches nothing', () => {
    expect(ids({ persons: ['kerry', 'zarif'], personMode: 'all' })).toEqual([]);
    expect(ids({ persons: ['nobody'] })).toEqual([]);
  });
});

describe('dates: an event counts when it overlaps the window', () => {
  it('from = to = 2015-10-26: that day, plus the ranges and open ranges across it', () => {
    expect(ids({ from: '2015-10-26', to: '2015-10-26' })).toEqual([
      'lavrov-after-vienna-statement',
      'lavrov-kerry-call-2',
      'lavrov-zarif-call-yesterday',
      'putin-salman-call',
      ...ONGOING,
    ]);
  });

  it('2015-10-23 to 2015-10-24', () => {
    expect(ids({ from: '2015-10-23', to: '2015-10-24' })).toEqual([
      'vienna-quartet',
      'lavrov-after-vienna-statement',
      'lavrov-zarif-vienna-meeting',
      ...ONGOING,
    ]);
  });

  it('Geneva, "before 2012-10-26", falls in a window in 2012 but not in one after it', () => {
    expect(ids({ from: '2012-01-01', to: '2012-12-31' })).toEqual(['geneva-communique', ...ONGOING]);
    expect(ids({ from: '2012-10-26', to: '2012-10-26' })).toEqual(['geneva-communique', ...ONGOING]);
    expect(ids({ from: '2012-10-27', to: '2012-12-31' })).toEqual(ONGOING);
  });

  it('the planned visit, 2015-10-28 to 2015-12-31, falls in November', () => {
    expect(ids({ from: '2015-11-01', to: '2015-11-30' })).toEqual(['salman-moscow-visit']);
  });

  it('a single bound leaves the other side open', () => {
    expect(ids({ from: '2015-10-28' })).toEqual(['salman-moscow-visit']);
    expect(ids({ to: '2015-09-30' })).toEqual([
      'geneva-communique',
      'federation-council-decision',
      ...ONGOING,
    ]);
  });

  it('leaves out an event with no known date whenever a bound is set', () => {
    const geneva = corpus.events[0] as CorpusEvent;
    const undated: CorpusEvent = { ...geneva, id: 'undated', startMs: null, endMs: null };
    const withUndated: Corpus = { ...corpus, events: [...corpus.events, undated] };
    const other = createFilterIndex(withUndated);
    expect(ids({}, other).at(-1)).toBe('undated');
    expect(ids({ from: '2000-01-01' }, other)).not.toContain('undated');
    expect(ids({ to: '2100-01-01' }, other)).not.toContain('undated');
    expect(ids({ from: '2000-01-01' }, other)).toHaveLength(21);
  });
});

describe('type, status, certainty, country, article', () => {
  it.each<[Partial<FilterState>, string[]]>([
    [{ types: ['decision'] }, ['federation-council-decision']],
    [{ types: ['communique', 'planned-visit'] }, ['geneva-communique', 'salman-moscow-visit']],
    [{ statuses: ['planned'] }, ['paris-meeting', 'salman-moscow-visit']],
    [{ statuses: ['ongoing'] }, ONGOING],
    [{ certainties: ['outside'] }, ['federation-council-decision', 'paris-meeting']],
    [
      { certainties: ['inferred'] },
      [
        'lavrov-after-vienna-statement',
        'lavrov-kerry-call-1',
        'lavrov-makei-talks',
        'lavrov-zarif-call-today',
        'russia-belarus-agreements',
        ...ONGOING,
      ],
    ],
    [{ countries: ['IR'] }, LAVROV_ZARIF],
    [{ countries: ['SA'] }, ['vienna-quartet', 'putin-salman-call', 'salman-moscow-visit']],
    [
      { countries: ['FR', 'BY'] },
      ['lavrov-makei-press-conference', 'lavrov-makei-talks', 'paris-meeting', 'russia-belarus-agreements'],
    ],
    [{ articles: ['other-article'] }, []],
    [{ types: ['phone-call'], persons: ['zarif'], certainties: ['stated'] }, LAVROV_ZARIF.slice(1, 3)],
  ])('%o', (change, expected) => {
    expect(ids(change)).toEqual(expected);
  });

  it('keeps the seed article when it is chosen', () => {
    expect(ids({ articles: ['sana-2015-10-27-lavrov-makei'] })).toHaveLength(21);
  });
});

describe('free text', () => {
  const LAVROV = [
    'vienna-quartet',
    'lavrov-after-vienna-statement',
    'lavrov-zarif-vienna-meeting',
    'lavrov-kerry-call-1',
    'lavrov-zarif-call-day-before',
    'lavrov-kerry-call-2',
    'lavrov-zarif-call-yesterday',
    'lavrov-kerry-call-3',
    'lavrov-makei-press-conference',
    'lavrov-makei-talks',
    'lavrov-zarif-call-today',
    'russia-belarus-agreements',
    'egypt-contacts',
  ];
  const VIENNA = ['vienna-quartet', 'lavrov-after-vienna-statement', 'lavrov-zarif-vienna-meeting'];

  it.each<[string, string[]]>([
    ['سيرغي', LAVROV],
    ['سيرغى', LAVROV],
    // Words only a participant's names hold, whole or in part, in either language.
    ['Sergey', LAVROV],
    ['ergey', LAVROV],
    ['ظريف', [...LAVROV_ZARIF.slice(0, 3), 'lavrov-kerry-call-3', 'lavrov-zarif-call-today']],
    [
      'كيري',
      [
        'vienna-quartet',
        'lavrov-kerry-call-1',
        'lavrov-kerry-call-2',
        'lavrov-kerry-call-3',
        'lavrov-zarif-call-today',
      ],
    ],
    ['Vienna', VIENNA],
    ['VIENNA', VIENNA],
    ['فيينا', VIENNA],
    ['فِيِينَّا', VIENNA],
    ['ظريف فيينا', ['lavrov-zarif-vienna-meeting']],
    ['Lavrov–Kerry', ['vienna-quartet', 'lavrov-kerry-call-1', 'lavrov-kerry-call-2', 'lavrov-kerry-call-3']],
    ['٣ سنوات', ['geneva-communique']],
    ['أمس الأول', ['lavrov-zarif-call-day-before', 'lavrov-zarif-call-yesterday']],
    ['ظريف ماكي', []],
    ['  ', ids({})],
  ])('%s', (q, expected) => {
    expect(ids({ q })).toEqual(expected);
  });

  it('searches titles, date as written, evidence and participants’ names', () => {
    const call = corpus.events.find((e) => e.id === 'lavrov-kerry-call-2') as CorpusEvent;
    expect(eventSearchText(call, corpus.entities).split('\n')).toEqual([
      'اتصال هاتفي بين لافروف وكيري (أمس)',
      'Lavrov–Kerry phone call (yesterday)',
      '',
      '',
      'أمس',
      'حيث بحث الوزيران أمس آفاق حل الأزمة في سورية بمشاركة الدول الإقليمية',
      'سيرغي لافروف',
      'Sergey Lavrov',
      'سيرغى لافروف',
      'سيرغي لافروف',
      'لافروف',
      'وزير الخارجية الروسي',
      'الوزير الروسي',
      'جون كيري',
      'John Kerry',
      'جون كيري',
      'كيري',
    ]);
  });
});

describe('describeEmptiness', () => {
  it('names each single filter whose removal brings events back, with the count', () => {
    expect(describeEmptiness(index, { ...NO_FILTER, persons: ['lavrov'], types: ['decision'] })).toEqual([
      { filter: 'persons', count: 1 },
      { filter: 'types', count: 13 },
    ]);
  });

  it('suggests "any" when "all" leaves nothing', () => {
    const filter: FilterState = {
      ...NO_FILTER,
      persons: ['lavrov', 'zarif'],
      personMode: 'all',
      from: '2015-10-23',
      to: '2015-10-23',
    };
    expect(describeEmptiness(index, filter)).toEqual([
      { filter: 'persons', count: 5 },
      { filter: 'personMode', count: 3 },
      { filter: 'dates', count: 4 },
    ]);
  });

  it('names every filter that alone is to blame, in a fixed order', () => {
    expect(describeEmptiness(index, { ...NO_FILTER, types: ['decision'], q: 'كيري' })).toEqual([
      { filter: 'types', count: 5 },
      { filter: 'q', count: 1 },
    ]);
  });

  it('is [] when events remain or when no single filter is to blame', () => {
    expect(describeEmptiness(index, { ...NO_FILTER, types: ['meeting'] })).toEqual([]);
    expect(
      describeEmptiness(index, { ...NO_FILTER, types: ['decision'], persons: ['zarif'], countries: ['US'] }),
    ).toEqual([]);
  });
});

describe('filterCounts', () => {
  it('counts every value over the whole corpus when nothing is chosen', () => {
    expect(filterCounts(index, NO_FILTER)).toEqual({
      types: {
        'phone-call': 7,
        meeting: 4,
        'press-conference': 1,
        statement: 2,
        decision: 1,
        agreement: 1,
        communique: 1,
        'planned-visit': 1,
        'ongoing-contacts': 3,
      },
      statuses: { occurred: 16, planned: 2, ongoing: 3 },
      certainties: { stated: 11, inferred: 8, outside: 2 },
      countries: { BY: 3, EG: 1, FR: 1, IR: 4, RU: 19, SA: 3, TR: 1, US: 4 },
    });
  });

  it('counts each facet under the other filters but not its own', () => {
    const counts = filterCounts(index, {
      ...NO_FILTER,
      persons: ['lavrov'],
      types: ['phone-call'],
      countries: ['IR'],
    });
    expect(counts.types).toMatchObject({ 'phone-call': 3, meeting: 1, statement: 0 });
    expect(counts.statuses).toEqual({ occurred: 3, planned: 0, ongoing: 0 });
    expect(counts.certainties).toEqual({ stated: 2, inferred: 1, outside: 0 });
    expect(counts.countries).toEqual({ BY: 0, EG: 0, FR: 0, IR: 3, RU: 6, SA: 0, TR: 0, US: 3 });
  });
});

describe('the word index built in slices', () => {
  it('is the same index as the one built at once, and text waits for it', () => {
    const lazy = createFilterIndex(corpus, { words: false });
    expect(textPending(lazy, { ...NO_FILTER, q: 'ظريف' })).toBe(true);
    expect(textPending(lazy, { ...NO_FILTER, q: '' })).toBe(false);
    expect(filterEvents(lazy, { ...NO_FILTER, q: 'ظريف' })).toHaveLength(21);
    const steps = wordIndexSteps(corpus, 5);
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress).toEqual([5, 10, 15, 20]);
    expect(step.value).toEqual(buildWordIndex(corpus));
    const ready = { ...lazy, words: step.value };
    expect(textPending(ready, { ...NO_FILTER, q: 'ظريف' })).toBe(false);
    expect(ids({ q: 'ظريف فيينا' }, ready)).toEqual(['lavrov-zarif-vienna-meeting']);
  });
});

describe('articleEventsShown', () => {
  // Four articles, some of whose events are the seed's (sameAs): an event may belong to several.
  const four = buildCorpus(claimsRecords());
  const fourIndex = createFilterIndex(four);
  const byReading = (shown: CorpusEvent[], article: string) =>
    shown.filter((e) => e.articles.includes(article));

  it('gives each article its own events, in the corpus order, when nothing is filtered out', () => {
    const all = filterEvents(fourIndex, NO_FILTER);
    expect(all.length).toBe(four.events.length);
    for (const article of four.articles) {
      const events = articleEventsShown(fourIndex, all, article.id);
      expect(events).toEqual(byReading(all, article.id));
      expect(events.length).toBeGreaterThan(0);
    }
    expect(articleEventsShown(fourIndex, all, 'no-such-article')).toEqual([]);
  });

  it('keeps only the events the filters keep', () => {
    const lavrov = filterEvents(fourIndex, { ...NO_FILTER, persons: ['lavrov'] });
    expect(lavrov.length).toBeLessThan(four.events.length);
    for (const article of four.articles) {
      expect(articleEventsShown(fourIndex, lavrov, article.id)).toEqual(byReading(lavrov, article.id));
    }
    const seedId = four.articles[0]?.id ?? '';
    expect(articleEventsShown(fourIndex, lavrov, seedId).length).toBe(13);
    // The same events in an array filterEvents did not make (its mask unknown): the same answer.
    const copied = [...lavrov];
    for (const article of four.articles) {
      expect(articleEventsShown(fourIndex, copied, article.id)).toEqual(byReading(lavrov, article.id));
    }
  });
});
