import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EXPORT_STRINGS } from '../../i18n/export-strings.ts';
import { seedCorpus } from '../../test/seed-record.ts';
import { eventsIcs } from './events-ics.ts';
import { exportRows } from './export-rows.ts';

const NOW = new Date('2026-12-01T02:15:00Z');
const SEED = 'sana-2015-10-27-lavrov-makei';

function seedIcs(ids?: string[], lang: 'ar' | 'en' = 'en') {
  const corpus = seedCorpus();
  const events = ids ? corpus.events.filter((e) => ids.includes(e.id)) : corpus.events;
  return eventsIcs(exportRows(events, corpus), { now: NOW, lang, labels: EXPORT_STRINGS[lang].ics });
}

describe('eventsIcs', () => {
  it('writes a planned range exactly: all-day, DTEND the day after the last, escaped, folded at 75 octets', () => {
    const { text, included, leftOut } = seedIcs(['salman-moscow-visit']);
    expect({ included, leftOut }).toEqual({ included: 1, leftOut: 0 });
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Rasd//Rasd export//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Rasd',
        'BEGIN:VEVENT',
        `UID:${SEED}.salman-moscow-visit@rasd`,
        'DTSTAMP:20261201T021500Z',
        'DTSTART;VALUE=DATE:20151028',
        'DTEND;VALUE=DATE:20160101',
        'SUMMARY:Planned visit of the Saudi king to Moscow',
        'DESCRIPTION:Date as written: قبل نهاية العام الجاري\\nDat',
        ' e precision: range\\, stated\\nParticipants: King Salman bin Abdulaziz (gues',
        ' t)\\, Russia (host)\\n«وتوقع بيسكوف أن يقوم ملك الس',
        ' عودية بزيارة إلى موسكو قبل نهاية العام ا',
        ' لجاري»\\nSyrian Arab News Agency (SANA)\\, 2015-10-27',
        'LOCATION:Moscow',
        'CATEGORIES:planned-visit',
        'STATUS:TENTATIVE',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('parses with ical.js: 17 dated seed events, the 4 open ranges left out and counted', () => {
    const { text, included, leftOut } = seedIcs(undefined, 'ar');
    expect({ included, leftOut }).toEqual({ included: 17, leftOut: 4 });
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(17);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    expect([...byUid.keys()].filter((uid) => uid.includes('geneva') || uid.includes('contacts'))).toEqual([]);
    const call = byUid.get(`${SEED}.lavrov-zarif-call-today@rasd`);
    if (!call) throw new Error('call missing');
    const start = call.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = call.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString(), end.toString()]).toEqual([true, '2015-10-27', '2015-10-28']);
    expect(call.getFirstPropertyValue('summary')).toBe('اتصال هاتفي بين لافروف وظريف بمبادرة إيرانية');
    expect(call.getFirstPropertyValue('description')).toBe(
      [
        'دقة التاريخ: day, inferred',
        'المشاركون: محمد جواد ظريف (initiator), سيرغي لافروف (participant)',
        '«لافروف يبحث وكيري وظريف هاتفيا سبل حل الأزمة في سورية»',
        '«كما بحث وزير الخارجية الروسي سيرغي لافروف خلال اتصالين هاتفيين مع نظيريه الأمريكي جون كيري والإيراني محمد جواد ظريف تسوية الأزمة في سورية»',
        '«وأوضح البيان أنه تم خلال الاتصال مع ظريف»',
        '«وأشار البيان إلى أن الاتصال مع لافروف تم “بمبادرة من الجانب الإيراني”.»',
        'الوكالة العربية السورية للأنباء (سانا), 2015-10-27',
      ].join('\n'),
    );
    const stamp = call.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-12-01T02:15:00Z');
  });

  it('gives the URL of the first article that has one, and unescapes commas and semicolons on parsing', () => {
    const corpus = seedCorpus();
    const [row] = exportRows(
      corpus.events.filter((e) => e.id === 'putin-salman-call'),
      corpus,
    );
    if (!row) throw new Error('seed event missing');
    const odd = {
      ...row,
      title: { ar: 'x', en: 'A; B, C \\ D' },
      articles: [{ ...(row.articles[0] as (typeof row.articles)[0]), url: 'https://example.org/a?b=1;c' }],
    };
    const { text } = eventsIcs([odd], { now: NOW, labels: EXPORT_STRINGS.en.ics });
    expect(text).toContain('\r\nSUMMARY:A\\; B\\, C \\\\ D\r\n');
    expect(text).toContain('\r\nURL:https://example.org/a?b=1;c\r\n');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('A; B, C \\ D');
    expect(event?.getFirstPropertyValue('url')).toBe('https://example.org/a?b=1;c');
  });
});
