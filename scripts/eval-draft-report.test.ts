import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../src/model/article-schema.ts';
import { combineScores, scoreDraft } from '../src/model/draft/score-draft.ts';
import { type ArticleOutcome, groupedTable, markdownTable, verboseReport } from './eval-draft-report.ts';

const PARAGRAPH = 'استقبل الرئيس اليوم الوزير وبحثا العلاقات';

function event(id: string, type: EventRecord['type'], start: number, end: number, day: string): EventRecord {
  return {
    id,
    type,
    title: { ar: id, en: id },
    participants: [],
    mentions: [],
    place: null,
    status: 'occurred',
    attribution: [],
    when: {
      text: null,
      relativeTo: { kind: 'publication' },
      start: day,
      end: day,
      precision: 'day',
      certainty: 'stated',
    },
    evidence: [{ paragraph: 0, start, end, quote: PARAGRAPH.slice(start, end) }],
  };
}

function record(events: EventRecord[]): ArticleRecord {
  return {
    schemaVersion: 1,
    id: 'tiny',
    source: { name: { ar: 'س', en: 'S' }, invented: true },
    dateline: { ar: 'م', en: 'M' },
    published: { date: '2020-01-02', time: null, timeZone: 'UTC', utcOffset: '+00:00' },
    language: 'ar',
    headline: 'h',
    paragraphs: [PARAGRAPH],
    related: [],
    entities: [],
    events,
    notes: [],
  };
}

const gold = record([
  event('visit', 'meeting', 0, 26, '2020-01-02'),
  event('talks', 'meeting', 27, 41, '2020-01-02'),
]);
const draft = record([event('d1', 'statement', 0, 13, '2020-01-01')]);
const outcome: ArticleOutcome = {
  id: 'tiny',
  score: scoreDraft(gold, draft),
  invalid: 2,
  warnings: 0,
  ms: 3.4,
  gold,
  draft,
};

describe('markdownTable', () => {
  it('prints one row per article and a micro-averaged overall row', () => {
    expect(markdownTable([outcome], combineScores([outcome.score])).split('\n')).toEqual([
      '| article | gold | drafted | matched | recall | precision | type acc. | date acc. | participant F1 | invalid | ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| tiny | 2 | 1 | 1 | 0.50 | 1.00 | 0.00 | 0.00 | — | 2 | 3 |',
      '| **overall** | 2 | 1 | 1 | 0.50 | 1.00 | 0.00 | 0.00 | — | 1 | 3 |',
    ]);
  });
});

describe('groupedTable', () => {
  it('prints each group with its own overall row, never one overall across groups', () => {
    const perfect: ArticleOutcome = {
      id: 'held',
      score: scoreDraft(gold, gold),
      invalid: 0,
      warnings: 0,
      ms: 1.6,
      gold,
      draft: gold,
    };
    const table = groupedTable([
      { label: 'overall (tuning set)', outcomes: [outcome], overall: combineScores([outcome.score]) },
      { label: 'overall (held-out set)', outcomes: [perfect], overall: combineScores([perfect.score]) },
    ]);
    expect(table.split('\n')).toEqual([
      '| article | gold | drafted | matched | recall | precision | type acc. | date acc. | participant F1 | invalid | ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| tiny | 2 | 1 | 1 | 0.50 | 1.00 | 0.00 | 0.00 | — | 2 | 3 |',
      '| **overall (tuning set)** | 2 | 1 | 1 | 0.50 | 1.00 | 0.00 | 0.00 | — | 1 | 3 |',
      '| held | 2 | 2 | 2 | 1.00 | 1.00 | 1.00 | 1.00 | — | 0 | 2 |',
      '| **overall (held-out set)** | 2 | 2 | 2 | 1.00 | 1.00 | 1.00 | 1.00 | — | 0 | 2 |',
    ]);
  });
});

describe('verboseReport', () => {
  it('lists the missed event with its evidence and what differs in the matched one', () => {
    expect(verboseReport(outcome).split('\n')).toEqual([
      '## tiny',
      '- MISSED talks (meeting, 2020-01-02..2020-01-02 (day)): [0:27–41] «وبحثا العلاقات»',
      '- MATCHED visit ~ d1: type statement, gold meeting; date 2020-01-01..2020-01-01 (day) from «», gold 2020-01-02..2020-01-02 (day) from «»',
    ]);
  });
});
