import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { validateArticle } from './validate-article.ts';

type Json = ReturnType<typeof seedJson>;
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the raw JSON to break it
const raw = (record: Json) => record as any;

function problemsAfter(breakIt: (record: Json) => void) {
  const record = seedJson();
  breakIt(record);
  const result = validateArticle(record);
  return result.ok ? [] : result.problems;
}

const eventIndex = (id: string) => seedJson().events.findIndex((e) => e.id === id);

describe('validateArticle', () => {
  it('accepts the seed record', () => {
    const result = validateArticle(seedJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.events).toHaveLength(21);
  });

  it.each<[string, (r: Json) => void, { path: string; message: string }[]]>([
    [
      'a missing field',
      (r) => {
        delete raw(r).headline;
      },
      [{ path: 'headline', message: 'Invalid input: expected string, received undefined' }],
    ],
    [
      'a wrong type',
      (r) => {
        raw(r).events[0].evidence[0].paragraph = '5';
      },
      [{ path: 'events.0.evidence.0.paragraph', message: 'Invalid input: expected number, received string' }],
    ],
    [
      'an unknown field',
      (r) => {
        raw(r).events[0].colour = 'red';
      },
      [{ path: 'events.0', message: 'Unrecognized key: "colour"' }],
    ],
    [
      'an unknown event type',
      (r) => {
        raw(r).events[0].type = 'dinner';
      },
      [
        {
          path: 'events.0.type',
          message:
            'Invalid option: expected one of "phone-call"|"meeting"|"press-conference"|"statement"|"decision"|"agreement"|"communique"|"planned-visit"|"ongoing-contacts"',
        },
      ],
    ],
    [
      'a date that does not exist',
      (r) => {
        raw(r).published.date = '2015-02-30';
      },
      [{ path: 'published.date', message: 'a date that exists in the calendar' }],
    ],
    [
      'a dangling participant',
      (r) => {
        raw(r).events[1].participants[0].entity = 'lavrof';
      },
      [{ path: 'events.1.participants.0.entity', message: 'no entity with id "lavrof"' }],
    ],
    [
      'an evidence span out of range',
      (r) => {
        raw(r).events[0].evidence[0].end = 5000;
      },
      [{ path: 'events.0.evidence.0.end', message: 'span 0–5000 is outside paragraph 2 (0–322)' }],
    ],
    [
      'an evidence span in a paragraph that does not exist',
      (r) => {
        raw(r).events[0].evidence[0].paragraph = 40;
      },
      [
        {
          path: 'events.0.evidence.0.paragraph',
          message: 'no paragraph 40: the article has paragraphs 0 to 28',
        },
      ],
    ],
    [
      'a quote that differs from the text',
      (r) => {
        raw(r).events[0].evidence[0].start += 1;
        raw(r).events[0].evidence[0].end += 1;
      },
      [
        {
          path: 'events.0.evidence.0.quote',
          message:
            'quote differs from the text at 1–80: "قال لافروف خلال مؤتمر صحفي مع وزير خارجية بيلاروس فلاديمير ماكي في موسكو اليوم:"',
        },
      ],
    ],
    [
      'a day-precision interval spanning two days',
      (r) => {
        raw(r).events[0].when.end = '2015-10-28';
      },
      [
        { path: 'events.0.when.end', message: 'precision "day" needs start and end on the same day' },
        {
          path: 'events.0.when',
          message:
            '"اليوم" written on 2015-10-27 means 2015-10-27 to 2015-10-27 (day), not 2015-10-27 to 2015-10-28 (day)',
        },
      ],
    ],
    [
      'a month-precision interval that is not a whole month',
      (r) => {
        const when = raw(r).events[eventIndex('federation-council-decision')].when;
        Object.assign(when, { start: '2015-09-01', end: '2015-09-29', precision: 'month' });
      },
      [
        {
          path: `events.${eventIndex('federation-council-decision')}.when.end`,
          message: 'precision "month" needs the whole month: 2015-09-01 to 2015-09-30',
        },
      ],
    ],
    [
      'a year-precision interval that is not a whole year',
      (r) => {
        const when = raw(r).events[eventIndex('federation-council-decision')].when;
        Object.assign(when, { start: '2015-01-01', end: '2015-12-30', precision: 'year' });
      },
      [
        {
          path: `events.${eventIndex('federation-council-decision')}.when.end`,
          message: 'precision "year" needs the whole year: 2015-01-01 to 2015-12-31',
        },
      ],
    ],
    [
      'an end before the start',
      (r) => {
        Object.assign(raw(r).events[eventIndex('salman-moscow-visit')].when, { start: '2016-01-01' });
      },
      [
        {
          path: `events.${eventIndex('salman-moscow-visit')}.when.end`,
          message: 'end 2015-12-31 is before start 2016-01-01',
        },
        {
          path: `events.${eventIndex('salman-moscow-visit')}.when`,
          message:
            '"قبل نهاية العام الجاري" written on 2015-10-27 means 2015-10-28 to 2015-12-31 (range), not 2016-01-01 to 2015-12-31 (range)',
        },
      ],
    ],
    [
      'an unknown date that still has a day',
      (r) => {
        raw(r).events[eventIndex('paris-meeting')].when.precision = 'unknown';
      },
      [
        {
          path: `events.${eventIndex('paris-meeting')}.when.precision`,
          message: 'precision "unknown" needs start and end to be null',
        },
      ],
    ],
    [
      'a duplicate id',
      (r) => {
        raw(r).events[eventIndex('peskov-statements')].id = 'putin-salman-call';
      },
      [{ path: `events.${eventIndex('peskov-statements')}.id`, message: 'duplicate id "putin-salman-call"' }],
    ],
    [
      'a relative date that does not match its expression',
      (r) => {
        Object.assign(raw(r).events[eventIndex('vienna-quartet')].when, {
          start: '2015-10-24',
          end: '2015-10-24',
        });
      },
      [
        {
          path: `events.${eventIndex('vienna-quartet')}.when`,
          message:
            '"الجمعة الماضية" written on 2015-10-27 means 2015-10-23 to 2015-10-23 (day), not 2015-10-24 to 2015-10-24 (day)',
        },
      ],
    ],
    [
      'a date as written that is not in the evidence',
      (r) => {
        raw(r).events[0].when.text = 'غدا';
      },
      // One problem, one message: words that are not in the evidence are not read as a date too.
      [{ path: 'events.0.when.text', message: '"غدا" does not appear in the event\'s evidence' }],
    ],
    [
      'a date relative to an event that does not exist',
      (r) => {
        raw(r).events[1].when.relativeTo.event = 'nothing';
      },
      [{ path: 'events.1.when.relativeTo.event', message: 'no other event with id "nothing"' }],
    ],
    [
      'an outside date with no note',
      (r) => {
        raw(r).notes = raw(r).notes.filter((n: { id: string }) => n.id !== 'paris-meeting');
      },
      [
        {
          path: `events.${eventIndex('paris-meeting')}.when.certainty`,
          message: 'a date from an outside source needs a note about this event',
        },
      ],
    ],
    [
      'an inferred date with no rule',
      (r) => {
        delete raw(r).events[1].when.rule;
      },
      [{ path: 'events.1.when.rule', message: 'an inferred date needs the rule that inferred it' }],
    ],
    [
      'a note about an event that does not exist',
      (r) => {
        raw(r).notes[0].about.events.push('vienna-quintet');
      },
      [{ path: 'notes.0.about.events.1', message: 'no event with id "vienna-quintet"' }],
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    expect(problemsAfter(breakIt)).toEqual(expected);
  });

  it('reports something readable for any JSON that is not a record', () => {
    for (const value of [null, 42, 'text', [], {}]) {
      const result = validateArticle(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.path).toBeTypeOf('string');
    }
  });
});
