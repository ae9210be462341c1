import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { validateArticle } from './validate-article.ts';

const result = validateArticle(seedJson());
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const record = result.record;
const source = readFileSync(
  new URL('../../data/sources/sana-2015-10-27-lavrov-makei.txt', import.meta.url),
  'utf8',
);

describe('the seed record keeps the article as published', () => {
  const lines = source.split('\n');
  const seeAlso = lines.indexOf('انظر ايضاً');

  it('has the first line as headline and every later line before "see also" as a paragraph, verbatim', () => {
    expect(record.headline).toBe(lines[0]);
    expect(record.paragraphs).toEqual(lines.slice(1, seeAlso).filter((line) => line !== ''));
    expect(record.paragraphs).toHaveLength(29);
  });

  it('keeps the trailing "see also" as a related link, not as report text', () => {
    expect(record.paragraphs.some((p) => p.includes('فؤاد حسين'))).toBe(false);
    expect(record.related).toHaveLength(1);
    expect(record.related[0]?.title).toBe(lines.slice(seeAlso + 1).find((l) => l !== ''));
  });

  it('carries the metadata the text lacks', () => {
    expect(record.published).toEqual({
      date: '2015-10-27',
      time: null,
      timeZone: 'Europe/Moscow',
      utcOffset: '+03:00',
    });
    expect(record.dateline).toEqual({ ar: 'موسكو', en: 'Moscow' });
    expect(record.language).toBe('ar');
    expect(record.source.invented).toBe(false);
  });
});

describe('every event the article reports, resolved', () => {
  const rows = record.events.map((e) => [
    e.id,
    e.type,
    e.when.start,
    e.when.end,
    e.when.precision,
    e.when.certainty,
    e.status,
    e.participants.map((p) => `${p.entity}:${p.role}`).join(' '),
  ]);

  it('matches the reading of the article, event by event', () => {
    expect(rows).toEqual([
      [
        'lavrov-makei-press-conference',
        'press-conference',
        '2015-10-27',
        '2015-10-27',
        'day',
        'stated',
        'occurred',
        'lavrov:host makei:guest',
      ],
      [
        'lavrov-makei-talks',
        'meeting',
        '2015-10-27',
        '2015-10-27',
        'day',
        'inferred',
        'occurred',
        'lavrov:host makei:guest',
      ],
      [
        'russia-belarus-agreements',
        'agreement',
        '2015-10-27',
        '2015-10-27',
        'day',
        'inferred',
        'occurred',
        'lavrov:participant makei:participant',
      ],
      [
        'vienna-quartet',
        'meeting',
        '2015-10-23',
        '2015-10-23',
        'day',
        'stated',
        'occurred',
        'lavrov:participant kerry:participant saudi-fm:participant turkish-fm:participant',
      ],
      [
        'lavrov-after-vienna-statement',
        'statement',
        '2015-10-23',
        '2015-10-27',
        'range',
        'inferred',
        'occurred',
        'lavrov:participant',
      ],
      [
        'lavrov-kerry-call-3',
        'phone-call',
        '2015-10-27',
        '2015-10-27',
        'day',
        'stated',
        'occurred',
        'lavrov:participant kerry:participant',
      ],
      [
        'lavrov-kerry-call-2',
        'phone-call',
        '2015-10-26',
        '2015-10-26',
        'day',
        'stated',
        'occurred',
        'lavrov:participant kerry:participant',
      ],
      [
        'lavrov-kerry-call-1',
        'phone-call',
        '2015-10-25',
        '2015-10-25',
        'day',
        'inferred',
        'occurred',
        'lavrov:participant kerry:participant',
      ],
      [
        'lavrov-zarif-call-today',
        'phone-call',
        '2015-10-27',
        '2015-10-27',
        'day',
        'inferred',
        'occurred',
        'zarif:initiator lavrov:participant',
      ],
      [
        'lavrov-zarif-call-yesterday',
        'phone-call',
        '2015-10-26',
        '2015-10-26',
        'day',
        'stated',
        'occurred',
        'lavrov:participant zarif:participant',
      ],
      [
        'lavrov-zarif-call-day-before',
        'phone-call',
        '2015-10-25',
        '2015-10-25',
        'day',
        'stated',
        'occurred',
        'lavrov:participant zarif:participant',
      ],
      [
        'lavrov-zarif-vienna-meeting',
        'meeting',
        '2015-10-24',
        '2015-10-24',
        'day',
        'stated',
        'occurred',
        'lavrov:participant zarif:participant',
      ],
      [
        'putin-salman-call',
        'phone-call',
        '2015-10-26',
        '2015-10-26',
        'day',
        'stated',
        'occurred',
        'putin:participant salman:participant',
      ],
      [
        'peskov-statements',
        'statement',
        '2015-10-27',
        '2015-10-27',
        'day',
        'stated',
        'occurred',
        'peskov:participant',
      ],
      [
        'salman-moscow-visit',
        'planned-visit',
        '2015-10-28',
        '2015-12-31',
        'range',
        'stated',
        'planned',
        'salman:guest russia:host',
      ],
      ['paris-meeting', 'meeting', '2015-10-27', '2015-10-27', 'day', 'outside', 'planned', 'france:host'],
      [
        'federation-council-decision',
        'decision',
        '2015-09-30',
        '2015-09-30',
        'day',
        'outside',
        'occurred',
        'federation-council:participant',
      ],
      ['geneva-communique', 'communique', null, '2012-10-26', 'range', 'stated', 'occurred', ''],
      [
        'egypt-contacts',
        'ongoing-contacts',
        null,
        '2015-10-27',
        'range',
        'inferred',
        'ongoing',
        'lavrov:participant egyptian-counterparts:participant',
      ],
      [
        'support-group-efforts',
        'ongoing-contacts',
        null,
        '2015-10-27',
        'range',
        'inferred',
        'ongoing',
        'russia:participant',
      ],
      [
        'moderate-opposition-request',
        'ongoing-contacts',
        null,
        '2015-10-27',
        'range',
        'inferred',
        'ongoing',
        'russia:initiator',
      ],
    ]);
  });

  it('keeps outside dates beside the stated ones, each tied to its note', () => {
    const outside = record.events
      .filter((e) => e.when.outside)
      .map((e) => [e.id, e.when.start, e.when.outside?.start, e.when.outside?.note]);
    expect(outside).toEqual([
      ['lavrov-kerry-call-1', '2015-10-25', '2015-10-24', 'lavrov-kerry-calls'],
      ['lavrov-zarif-call-day-before', '2015-10-25', '2015-10-24', 'lavrov-zarif-calls'],
      ['geneva-communique', null, '2012-06-30', 'geneva-communique'],
    ]);
  });

  it('cites a source for every outside fact of the seeds README', () => {
    expect(record.notes.map((n) => [n.id, n.sources.map((s) => s.reference)])).toEqual([
      ['vienna-foreign-ministers', ['alwaght.net/ar/News/19478']],
      ['lavrov-kerry-calls', ['idUSKCN0SL2QQ20151027', 'interfax.ru/475867']],
      ['lavrov-zarif-calls', ['radiofarda.com (27327771)']],
      ['lavrov-zarif-vienna', ['radiofarda.com (27327771)', 'en.alalam.ir/news/1752673']],
      ['putin-salman-call', ['sana.sy/en/?p=59300']],
      ['paris-meeting', ['onu.delegfrance.org ("France hosts new talks")', 'naharnet 192987']],
      ['federation-council-decision', ['tass.com/politics/824795']],
      ['geneva-communique', ['tass.com/russia/819081']],
      ['makei', ['sputnik-georgia.ru/world/20151027/228912498.html']],
    ]);
  });

  it("records both spellings of Lavrov's first name that the text uses", () => {
    const lavrov = record.entities.find((e) => e.id === 'lavrov');
    expect(lavrov?.variants).toContain('سيرغى لافروف');
    expect(lavrov?.variants).toContain('سيرغي لافروف');
    for (const variant of lavrov?.variants ?? []) {
      expect(record.paragraphs.some((p) => p.includes(variant))).toBe(true);
    }
  });
});
