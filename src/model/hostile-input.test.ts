import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecordBytes } from '../data/read-record.ts';
import { countryColour } from '../graph/country-colours.ts';
import { overrideRecord } from '../test/hostile-records.ts';
import { seedJson } from '../test/seed-record.ts';
import { normaliseForSearch } from './arabic-text.ts';
import { isCalendarDate, monthBounds } from './calendar-date.ts';
import { closeBidi } from './close-bidi.ts';
import { DEFAULT_URL_STATE, EMBED_ONLY_PARAMS, parseUrlState } from './url-state.ts';
import { validateArticle } from './validate-article.ts';

// biome-ignore lint/suspicious/noExplicitAny: hostile records are bent as raw JSON
type Raw = any;

/** Every name Object.prototype answers to, which a plain-object table would find for any input. */
const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const CONTRACT_KEYS = Object.keys(DEFAULT_URL_STATE);

describe('links: every Object.prototype name is an unknown parameter, never a lookup', () => {
  it.each([
    ['?__proto__=1', '__proto__', '1'],
    ['?hasOwnProperty=1', 'hasOwnProperty', '1'],
    ['?constructor=1', 'constructor', '1'],
    ['?lang=en&valueOf=1', 'valueOf', '1'],
    ['?toString=x&person=lavrov', 'toString', 'x'],
  ])('%s', (search, param, value) => {
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([{ param, value, reason: 'unknown-parameter', expected: '' }]);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.keys(state)).toEqual(CONTRACT_KEYS);
  });

  it('keeps the good parameters beside the hostile ones', () => {
    const { state } = parseUrlState('?lang=en&valueOf=1&person=lavrov&__proto__[x]=1');
    expect(state.lang).toBe('en');
    expect(state.person).toEqual(['lavrov']);
  });

  it('loads at most 20 src addresses from one link and reports the rest', () => {
    const search = Array.from({ length: 22 }, (_, i) => `src=https://r.example/${i}.json`).join('&');
    const { state, notices } = parseUrlState(`?${search}`);
    expect(state.src).toHaveLength(20);
    expect(notices).toEqual(
      [20, 21].map((i) => ({
        param: 'src',
        value: `https://r.example/${i}.json`,
        reason: 'bad-value',
        expected: 'max-sources',
      })),
    );
  });

  it('never throws on a query built from contract keys and Object.prototype names, and reports every unknown key', () => {
    const key = fc.constantFrom(...CONTRACT_KEYS, ...PROTOTYPE_NAMES, ...EMBED_ONLY_PARAMS);
    const value = fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_NAMES), fc.constant('lavrov'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { state, notices } = parseUrlState(`?${query}`);
        const unknown = [...new Set(pairs.map(([k]) => k))].filter(
          (k) => !CONTRACT_KEYS.includes(k) && !EMBED_ONLY_PARAMS.includes(k),
        );
        expect(notices.filter((n) => n.reason === 'unknown-parameter').map((n) => n.param)).toEqual(unknown);
        expect(Object.keys(state)).toEqual(CONTRACT_KEYS);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyed tables answer Object.prototype names as any other unknown word', () => {
  it.each(PROTOTYPE_NAMES)('%s', (name) => {
    expect(normaliseForSearch(name)).toBe(name.toLowerCase());
    expect(countryColour(name)).toMatch(/^#[0-9A-F]{6}$/);
    expect(parseUrlState(`?lang=${name}`).notices).toEqual([
      { param: 'lang', value: name, reason: 'bad-value', expected: 'lang' },
    ]);
  });
});

/** The seed with the words of event 0's "when" replaced by `words`, kept in its evidence. */
function whenWords(words: string): Raw {
  const record: Raw = seedJson();
  const event = record.events[0];
  const span = event.evidence[0];
  const paragraph: string = record.paragraphs[span.paragraph];
  record.paragraphs[span.paragraph] = `${paragraph.slice(0, span.end)} ${words}${paragraph.slice(span.end)}`;
  span.end += words.length + 1;
  span.quote = record.paragraphs[span.paragraph].slice(span.start, span.end);
  event.when.text = words;
  return record;
}

describe('records: hostile words and values give exact problems, never an exception', () => {
  it.each(PROTOTYPE_NAMES)('a date written "%s" is simply not a date the checker reads', (name) => {
    expect(validateArticle(whenWords(name))).toEqual({ ok: true, record: expect.anything() });
  });

  type Case = [string, (r: Raw) => void, { path: string; message: string }[]];
  const cases: Case[] = [
    [
      'a reversed span',
      (r) => {
        r.events[0].evidence[0].start = 50;
        r.events[0].evidence[0].end = 10;
      },
      [{ path: 'events.0.evidence.0.end', message: 'span 50–10 is reversed: end must be after start' }],
    ],
    [
      'an empty span',
      (r) => {
        r.events[0].evidence[0].start = 10;
        r.events[0].evidence[0].end = 10;
      },
      [{ path: 'events.0.evidence.0.end', message: 'span 10–10 is empty: end must be after start' }],
    ],
    [
      'a date that is neither written YYYY-MM-DD nor real (one message)',
      (r) => {
        r.published.date = '2015-13-45x';
      },
      [{ path: 'published.date', message: 'a date written YYYY-MM-DD' }],
    ],
    [
      'a javascript: address',
      (r) => {
        r.source.url = 'javascript:alert(1)';
      },
      [{ path: 'source.url', message: 'an https:// or http:// address' }],
    ],
    [
      'a zone that is not an IANA name',
      (r) => {
        r.published.timeZone = '+03:00';
      },
      [{ path: 'published.timeZone', message: 'an IANA time zone name such as "Europe/Moscow"' }],
    ],
    [
      'an offset that no place uses',
      (r) => {
        r.published.utcOffset = '+19:00';
      },
      [
        {
          path: 'published.utcOffset',
          message: 'an offset written +HH:MM, from -12:00 to +14:00 in quarter hours',
        },
      ],
    ],
    [
      'an offset the zone did not have that day (Damascus kept summer time until 30 October 2015)',
      (r) => {
        r.published.timeZone = 'Asia/Damascus';
        r.published.utcOffset = '+02:00';
      },
      [{ path: 'published.utcOffset', message: 'Asia/Damascus was +03:00 on 2015-10-27, not +02:00' }],
    ],
    [
      'a time that does not exist',
      (r) => {
        r.published.time = '25:61';
      },
      [{ path: 'published.time', message: 'a time of day written HH:MM, from 00:00 to 23:59' }],
    ],
    [
      'a name over the length limit',
      (r) => {
        r.entities[0].name.en = 'x'.repeat(5000);
      },
      [{ path: 'entities.0.name.en', message: 'at most 200 characters' }],
    ],
    [
      'an event of 5,000 participants',
      (r) => {
        r.events[0].participants = Array.from({ length: 5000 }, () => ({
          entity: 'lavrov',
          role: 'participant',
        }));
      },
      [{ path: 'events.0.participants', message: 'at most 50 participants' }],
    ],
    [
      'a record key named __proto__',
      (r) => {
        Object.defineProperty(r, '__proto__', { value: { polluted: true }, enumerable: true });
      },
      [{ path: '(record)', message: 'Unrecognized key: "__proto__"' }],
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const record = seedJson();
    breakIt(record);
    const result = validateArticle(JSON.parse(JSON.stringify(record)));
    expect(result.ok ? [] : result.problems).toEqual(expected);
    expect(({} as Raw).polluted).toBeUndefined();
  });

  it('accepts the years 0000 to 0099 as the real days they are', () => {
    expect(['0000-01-01', '0050-02-28', '0099-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(isCalendarDate('0051-02-29')).toBe(false);
    expect(monthBounds('0052-02-10')).toEqual(['0052-02-01', '0052-02-29']);
  });
});

describe('bytes: read exactly as rasd reads them', () => {
  const seed = JSON.stringify(seedJson());
  const utf16 = (text: string, bom: boolean) => {
    const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    if (bom) bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    return bytes;
  };
  it.each([
    [
      'UTF-16 with a byte-order mark',
      utf16('{"id": "x"}', true),
      { kind: 'encoding', file: 'x.json', guess: 'UTF-16' },
    ],
    [
      'UTF-16 without one',
      utf16('{"id": "x"}', false),
      { kind: 'encoding', file: 'x.json', guess: 'UTF-16' },
    ],
    [
      'windows-1256 Arabic',
      new Uint8Array([0x22, 0xe3, 0xe6, 0xd3, 0xdf, 0xe6, 0x22]),
      { kind: 'encoding', file: 'x.json', guess: 'windows-1256' },
    ],
    [
      'a lone continuation byte',
      new Uint8Array([0x22, 0x80, 0x22]),
      { kind: 'encoding', file: 'x.json', guess: null },
    ],
  ])('%s', (_name, bytes, failure) => {
    expect(readRecordBytes('x.json', bytes, validateArticle)).toEqual({ ok: false, failure });
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    const result = readRecordBytes('x.json', new TextEncoder().encode(`\uFEFF${seed}`), validateArticle);
    expect(result.ok && result.record.events.length).toBe(21);
  });
});

describe('bidi: an override in a name is closed at its end', () => {
  it('closes the names and titles of a record as it is read, and leaves its quotes as written', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(overrideRecord()));
    const result = readRecordBytes('x.json', bytes, validateArticle);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const lavrov = result.record.entities.find((e) => e.id === 'lavrov');
    expect(lavrov?.name).toEqual({ ar: '\u202eلافروف\u202c', en: '\u202eLavrov\u202c' });
    expect(result.record.events[0]?.title.en).toBe('\u202eReversed title\u202c');
    expect(result.record.events[0]?.evidence).toEqual(overrideRecord().events?.[0]?.evidence);
  });

  it.each([
    ['Lavrov', 'Lavrov'],
    ['\u202eLavrov', '\u202eLavrov\u202c'],
    ['\u2067a\u202eb', '\u2067a\u202eb\u202c\u2069'],
    ['\u202ea\u202c', '\u202ea\u202c'],
    ['\u2068a\u202eb\u2069c', '\u2068a\u202eb\u2069c'],
    ['\u202ba\u2069', '\u202ba\u2069\u202c'],
  ])('%j', (text, closed) => {
    expect(closeBidi(text)).toBe(closed);
  });
});
