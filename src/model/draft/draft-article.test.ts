import { describe, expect, it } from 'vitest';
import { readGazetteer } from '../../cli/read-gazetteer.ts';
import type { ArticleRecord, EventRecord } from '../article-schema.ts';
import { validateArticle } from '../validate-article.ts';
import { draftArticle } from './draft-article.ts';

const { gazetteer } = readGazetteer();

/** Drafts an invented one-paragraph article published on `date`, checked by the validator. */
function draft(paragraph: string, date = '2015-10-27'): ArticleRecord {
  const { record } = draftArticle(
    `عنوان\n\n${paragraph}`,
    { published: { date, timeZone: 'Asia/Damascus' }, source: 'سانا' },
    gazetteer,
  );
  const check = validateArticle(JSON.parse(JSON.stringify(record)));
  expect(check.ok ? [] : check.problems).toEqual([]);
  return record;
}

/** An event as a line a person can read: type, status, days, participants with roles, evidence. */
function summary(e: EventRecord) {
  return {
    type: e.type,
    status: e.status,
    when: [e.when.start, e.when.end, e.when.precision, e.when.certainty, e.when.text],
    participants: e.participants.map((p) => `${p.entity}:${p.role}`),
    evidence: e.evidence.map((s) => s.quote),
  };
}

describe('draftArticle: event triggers', () => {
  it('finds a phone call, its caller and its date («تلقى … اتصالًا هاتفيًا من»)', () => {
    const r = draft(
      'تلقى وزير الخارجية الروسي سيرغي لافروف مساء أمس اتصالاً هاتفياً من نظيره الأمريكي جون كيري.',
    );
    expect(r.events.map(summary)).toEqual([
      {
        type: 'phone-call',
        status: 'occurred',
        when: ['2015-10-26', '2015-10-26', 'day', 'stated', 'مساء أمس'],
        participants: ['sergey-lavrov:participant', 'john-kerry:initiator'],
        evidence: [
          'تلقى وزير الخارجية الروسي سيرغي لافروف مساء أمس اتصالاً هاتفياً من نظيره الأمريكي جون كيري.',
        ],
      },
    ]);
  });

  it('splits «اتصالين هاتفيين مع نظيريه الأمريكي … والإيراني …» into two calls, each through the gazetteer', () => {
    const r = draft(
      'بحث سيرغي لافروف اليوم خلال اتصالين هاتفيين مع نظيريه الأمريكي جون كيري والإيراني محمد جواد ظريف الأزمة في سورية.',
    );
    expect(r.events.map((e) => [e.type, e.participants.map((p) => p.entity)])).toEqual([
      ['phone-call', ['sergey-lavrov', 'john-kerry']],
      ['phone-call', ['sergey-lavrov', 'mohammad-javad-zarif']],
    ]);
  });

  it('reads «استقبل» as a meeting with a host and a guest', () => {
    const r = draft('استقبل الرئيس بشار الأسد اليوم وزير الخارجية الإيراني محمد جواد ظريف.', '2019-04-16');
    expect(r.events.map(summary)).toEqual([
      {
        type: 'meeting',
        status: 'occurred',
        when: ['2019-04-16', '2019-04-16', 'day', 'stated', 'اليوم'],
        participants: ['bashar-al-assad:host', 'mohammad-javad-zarif:guest'],
        evidence: ['استقبل الرئيس بشار الأسد اليوم وزير الخارجية الإيراني محمد جواد ظريف.'],
      },
    ]);
  });

  it('reads a press conference in a capital, with who belongs there as host', () => {
    const r = draft(
      'وقال لافروف خلال مؤتمر صحفي مع وزير خارجية بيلاروس فلاديمير ماكي في موسكو اليوم إن الحوار مستمر.',
    );
    expect(r.events.map(summary)[0]).toEqual({
      type: 'press-conference',
      status: 'occurred',
      when: ['2015-10-27', '2015-10-27', 'day', 'stated', 'اليوم'],
      participants: ['sergey-lavrov:host', 'vladimir-makei:guest'],
      evidence: ['وقال لافروف خلال مؤتمر صحفي مع وزير خارجية بيلاروس فلاديمير ماكي في موسكو اليوم'],
    });
    expect(r.events[0]?.place).toEqual({ ar: 'موسكو', en: 'Moscow' });
  });

  it('reads a planned visit from «سيزور … الأسبوع المقبل», the visitor a guest and the state visited the host', () => {
    const r = draft('أعلن وزير الخارجية الفرنسي لوران فابيوس أنه سيزور طهران الأسبوع المقبل.', '2015-07-15');
    expect(r.events.map(summary)).toEqual([
      {
        type: 'planned-visit',
        status: 'planned',
        when: ['2015-07-16', '2015-07-22', 'range', 'stated', 'الأسبوع المقبل'],
        participants: ['laurent-fabius:guest', 'state-ir:host'],
        evidence: ['أعلن وزير الخارجية الفرنسي لوران فابيوس أنه سيزور طهران الأسبوع المقبل.'],
      },
    ]);
  });

  it('reads a statement with its speaker, and an agreement signed by «الجانبين» as the two people just reported', () => {
    const r = draft(
      'التقى وزير الخارجية الروسي سيرغي لافروف اليوم وزير خارجية بيلاروس فلاديمير ماكي. ووقع الجانبان على مذكرة تفاهم. وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن العلاقات جيدة.',
    );
    expect(r.events.map((e) => [e.type, e.participants.map((p) => p.entity), e.when.start])).toEqual([
      ['meeting', ['sergey-lavrov', 'vladimir-makei'], '2015-10-27'],
      ['agreement', ['sergey-lavrov', 'vladimir-makei'], '2015-10-27'],
      ['statement', ['dmitry-peskov'], '2015-10-27'],
    ]);
  });

  it('reads a decision and a joint communiqué', () => {
    const r = draft(
      'وقررت الجامعة العربية أمس تعليق عضوية سورية. وأصدر الوزراء في ختام الاجتماع بيانا مشتركا اليوم.',
    );
    expect(r.events.map((e) => [e.type, e.when.start, e.participants.map((p) => p.entity)])).toEqual([
      ['decision', '2015-10-26', ['org-arab-league']],
      ['communique', '2015-10-27', []],
    ]);
  });

  it('keeps ongoing contacts as ongoing, without a date', () => {
    const r = draft('وقال لافروف “نواصل اتصالاتنا مع زملائنا المصريين”.');
    expect(
      r.events.map((e) => [e.type, e.status, e.when.precision, e.participants.map((p) => p.entity)]),
    ).toEqual([['ongoing-contacts', 'ongoing', 'unknown', ['sergey-lavrov']]]);
  });
});

describe('draftArticle: what is not an event', () => {
  it('drafts no event from a denial, a possibility or background', () => {
    const r = draft(
      'ونفى مصدر مطلع أن يكون المبعوث قد التقى أي مسؤول. وقد يلتقي الرئيسان في وقت لاحق. وتعود العلاقات بين البلدين إلى عقود.',
    );
    expect(r.events).toEqual([]);
  });
});

describe('draftArticle: offices resolved by date', () => {
  it('reads «وزير الخارجية الأمريكي» as Kerry in 2015 and Blinken in 2023, marked as inferred with the rule', () => {
    const text = 'أجرى وزير الخارجية الأمريكي اتصالا هاتفيا اليوم مع وزير الخارجية السعودي.';
    const in2015 = draft(text, '2015-10-27').events[0];
    const in2023 = draft(text, '2023-05-01').events[0];
    expect(in2015?.participants.map((p) => p.entity)).toEqual(['john-kerry', 'adel-al-jubeir']);
    expect(in2023?.participants.map((p) => p.entity)).toEqual(['antony-blinken', 'faisal-bin-farhan']);
    expect(in2015?.participants[0]?.inferred?.from).toBe('وزير الخارجية الأمريكي');
    expect(in2015?.participants[0]?.inferred?.rule.en).toContain('John Kerry');
  });

  it('keeps a person the gazetteer does not know as a named entity of the record, with their office', () => {
    const r = draft('استقبل وزير خارجية جزر القمر الدكتور سعيد عمر اليوم السفير الروسي.');
    const person = r.entities.find((e) => e.name.ar === 'سعيد عمر');
    expect(person).toMatchObject({
      kind: 'person',
      review: 'drafted',
      name: { ar: 'سعيد عمر', en: 'سعيد عمر' },
    });
  });
});

describe('draftArticle: the record', () => {
  it('drafts the seed article into a record the validator accepts, every event reviewed as drafted, deterministically', () => {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const text = readFileSync('../shared/seeds/000_4f27e9a80bd9e1eb.txt', 'utf8');
    const meta = { published: { date: '2015-10-27', timeZone: 'Europe/Moscow' }, source: 'SANA' };
    const first = draftArticle(text, meta, gazetteer);
    expect(draftArticle(text, meta, gazetteer)).toEqual(first);
    expect(validateArticle(JSON.parse(JSON.stringify(first.record))).ok).toBe(true);
    expect(first.record.published).toEqual({
      date: '2015-10-27',
      time: null,
      timeZone: 'Europe/Moscow',
      utcOffset: '+03:00',
    });
    expect(first.record.source.name.en).toBe('Syrian Arab News Agency (SANA)');
    expect(first.record.related.map((r) => r.title)).toEqual([
      'لافروف يبحث مع حسين الأوضاع في سورية ويؤكدان ضرورة العمل الجماعي لمنع المزيد من التصعيد',
      'موسكو-سانا بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره العراقي فؤاد حسين الأوضاع في منطقة …',
    ]);
    expect(first.record.events.every((e) => e.review === 'drafted')).toBe(true);
  });

  it('gives clear warnings for an empty text and for a text with no events', () => {
    expect(
      draftArticle('  \n', { published: { date: '2015-10-27' } }, gazetteer).warnings.map((w) => w.code),
    ).toEqual(['time-zone-assumed', 'empty-text']);
    expect(
      draftArticle(
        'عنوان\n\nالطقس معتدل اليوم.',
        { published: { date: '2015-10-27', timeZone: 'UTC' } },
        gazetteer,
      ).warnings.map((w) => w.code),
    ).toEqual(['no-events']);
  });
});

describe('draftArticle: titles by date', () => {
  it('reads «خادم الحرمين الشريفين» as the King of Saudi Arabia on the day: Abdullah in 2012, Salman in 2016', () => {
    const text = 'استقبل خادم الحرمين الشريفين اليوم وزير الخارجية الأمريكي.';
    expect(draft(text, '2012-03-30').events[0]?.participants.map((p) => p.entity)).toEqual([
      'abdullah-bin-abdulaziz',
      'hillary-clinton',
    ]);
    expect(draft(text, '2016-03-30').events[0]?.participants.map((p) => p.entity)).toEqual([
      'salman-bin-abdulaziz',
      'john-kerry',
    ]);
  });
});
