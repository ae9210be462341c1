import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedJson } from '../../test/seed-record.ts';
import { addDays, weekday } from '../calendar-date.ts';
import { resolveRelativeDate } from '../resolve-relative-date.ts';
import { findDateExpressions } from './find-dates.ts';

const texts = (sentence: string) => findDateExpressions(sentence).map((m) => m.text);

describe('findDateExpressions on the seed article', () => {
  const paragraphs = seedJson().paragraphs;
  const found = paragraphs.flatMap((p, i) => findDateExpressions(p).map((m) => [i, m.start, m.end, m.text]));

  it('finds every date expression with its exact span, and nothing else', () => {
    expect(found).toEqual([
      [2, 74, 79, 'اليوم'],
      [3, 46, 60, 'الجمعة الماضية'],
      [5, 247, 266, 'قبل أكثر من 3 سنوات'],
      [12, 212, 217, 'اليوم'],
      [17, 38, 43, 'اليوم'],
      [18, 93, 96, 'أمس'],
      // «أمس وأمس الأول»: two spans, the second without its «و».
      [21, 162, 165, 'أمس'],
      [21, 167, 176, 'أمس الأول'],
      [21, 188, 197, 'يوم السبت'],
      [21, 241, 247, 'الجمعة'],
      [25, 52, 57, 'اليوم'],
      [25, 156, 159, 'أمس'],
      [28, 51, 73, 'قبل نهاية العام الجاري'],
    ]);
    for (const [i, start, end, text] of found) {
      expect(paragraphs[i as number]?.slice(start as number, end as number)).toBe(text);
    }
  });

  it('leaves out «روسيا اليوم» (an outlet) and «خلال ثلاثة أيام» (a length, not a date)', () => {
    expect(texts(paragraphs[21] as string)).not.toContain('اليوم');
    expect(texts(paragraphs[18] as string)).toEqual(['أمس']);
  });
});

describe('findDateExpressions in the styles of other outlets', () => {
  it.each([
    [
      'وقال مراسل الجزيرة إن الاجتماع عُقد مساء أمس الاثنين في الدوحة، على أن يستأنف صباح غدٍ الأربعاء.',
      [
        [36, 52, 'مساء أمس الاثنين'],
        [78, 95, 'صباح غدٍ الأربعاء'],
      ],
    ],
    ['وَصَلَ الوَزِيرُ مَسَاءَ أَمْسِ إلى دمشق', [[17, 31, 'مَسَاءَ أَمْسِ']]],
    [
      'Lavrov spoke to Kerry by phone on Tuesday evening, the third call since October 24, 2015.',
      [
        [34, 49, 'Tuesday evening'],
        [66, 88, 'since October 24, 2015'],
      ],
    ],
    ['وكان الملك قد استقبل الوزير يوم 12 شتنبر 2019 بالرباط', [[28, 45, 'يوم 12 شتنبر 2019']]],
    [
      'أعلن الكرملين أن بوتين سيزور أنقرة مطلع الشهر المقبل، بعد زيارة مماثلة قبل عامين.',
      [
        [35, 52, 'مطلع الشهر المقبل'],
        [71, 80, 'قبل عامين'],
      ],
    ],
    ['يتوجه وزير الخارجية سامح شكري بعد غد إلى نيويورك في زيارة تستمر ثلاثة أيام', [[30, 36, 'بعد غد']]],
    [
      '(كونا) -- أعلن وزير الخارجية اليوم الثلاثاء أن القمة ستعقد الاسبوع المقبل',
      [
        [29, 43, 'اليوم الثلاثاء'],
        [59, 73, 'الاسبوع المقبل'],
      ],
    ],
    [
      'وقع البلدان الاتفاق في الخامس عشر من أيار/مايو 2017، بعد مفاوضات بدأت منذ أكثر من عامين',
      [
        [23, 51, 'الخامس عشر من أيار/مايو 2017'],
        [70, 87, 'منذ أكثر من عامين'],
      ],
    ],
    [
      'الرياض، يوم الأربعاء 14 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م، واس',
      [[8, 66, 'يوم الأربعاء 14 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م']],
    ],
    ['وكان الوزيران قد التقيا في الرياض في 14 مارس (آذار) الماضي', [[37, 58, '14 مارس (آذار) الماضي']]],
    [
      'واستقبل سموه الوفد يوم الخميس الموافق 22 أكتوبر في قصر الشاطئ',
      [[19, 47, 'يوم الخميس الموافق 22 أكتوبر']],
    ],
    ['وأكد بيان صدر في ساعة متأخرة من ليلة أمس أن الاتصال جرى بمبادرة روسية', [[32, 40, 'ليلة أمس']]],
    ['ويعود الاتفاق إلى عام 2012م حين وُقّع في جنيف', [[18, 27, 'عام 2012م']]],
    ['في ذكرى ثورة 25 يناير 2011', [[13, 26, '25 يناير 2011']]],
    ['والتقى الوزيران العام الماضي في جنيف', [[16, 28, 'العام الماضي']]],
    ['وأقر المجلس الموازنة وللعام المقبل خطة', [[22, 34, 'للعام المقبل']]],
    // «قبل عام» before a verb is a year ago; before a definite noun it is "before the year of …".
    ['وكان قد زار دمشق قبل عام والتقى الرئيس', [[17, 24, 'قبل عام']]],
  ])('%s', (sentence, expected) => {
    expect(findDateExpressions(sentence)).toEqual(
      expected.map(([start, end, text]) => ({ start, end, text })),
    );
  });
});

describe('findDateExpressions finds no date where there is none', () => {
  it.each([
    'أقيمت الأمسية الثقافية في دمشق',
    'بقي الوفد يوما كاملا في الفندق',
    'وتستمر الزيارة حتى السبت',
    'سيصل الوفد قبل الجمعة',
    'والتقى الرئيسان في اليوم التالي',
    'مارس الوفد ضغوطا على الحكومة',
    'قتل 2012 شخصا في المدينة',
    'الموافق 14 محرم 1437 هـ',
    'اتصال هو الثالث من نوعه خلال ثلاثة أيام',
    'قبل يومين من الاجتماع',
    'قبل عام الانتخابات',
    'في ذكرى ثورة 25 يناير',
    'اجتمع نواب قوى 14 آذار',
    'منذ هجمات 11 سبتمبر',
    'وقال الأمين العام الحالي للأمم المتحدة',
    'سيختار المجلس الأمين العام المقبل',
    'وفي ذلك اليوم التقى الوزيران',
    'وفي تلك الليلة',
    'ونقلت صحيفة اليوم السابع',
    'كما حدث في الأمس القريب',
    'في اليوم الأول من المؤتمر',
    'سيعقد في الأسبوع الأول من الشهر القادم',
    'في النصف الثاني من العام',
    'ووقعت الدول الأحد عشر على البيان',
    'وكانت آخر جولة قبل شهر ونصف',
    'لسبتمبرهم',
    '',
  ])('%s', (sentence) => {
    expect(findDateExpressions(sentence)).toEqual([]);
  });

  it('answers [] for every name Object.prototype holds, alone or in a sentence', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      expect(findDateExpressions(name)).toEqual([]);
      expect(findDateExpressions(`قال ${name} في ${name} من ${name}`)).toEqual([]);
    }
  });
});

// Date phrases as written and the span the finder should give: no clitic, no prefix that changes nothing.
const PHRASES: [written: string, span: string][] = [
  ['اليوم', 'اليوم'],
  ['أمس', 'أمس'],
  ['وأمس', 'أمس'],
  ['بالأمس', 'الأمس'],
  ['أمس الأول', 'أمس الأول'],
  ['أول أمس', 'أول أمس'],
  ['غداً', 'غداً'],
  ['يوم السبت', 'يوم السبت'],
  ['ويوم الخميس', 'يوم الخميس'],
  ['الجمعة الماضية', 'الجمعة الماضية'],
  ['الأحد المقبل', 'الأحد المقبل'],
  ['مساء أمس', 'مساء أمس'],
  ['صباح اليوم', 'صباح اليوم'],
  ['بعد ظهر الأربعاء', 'بعد ظهر الأربعاء'],
  ['ليلة الجمعة', 'ليلة الجمعة'],
  ['الليلة الماضية', 'الليلة الماضية'],
  ['27 تشرين الأول 2015', '27 تشرين الأول 2015'],
  ['٢٧ أكتوبر ٢٠١٥', '٢٧ أكتوبر ٢٠١٥'],
  ['في 5 نوفمبر', '5 نوفمبر'],
  ['في الخامس من الشهر الجاري', 'الخامس من الشهر الجاري'],
  ['3 جوان 2014', '3 جوان 2014'],
  ['تشرين الأول 2015', 'تشرين الأول 2015'],
  ['عام 2012', 'عام 2012'],
  ['في 2012', 'في 2012'],
  ['في عام 2012', 'عام 2012'],
  ['قبل يومين', 'قبل يومين'],
  ['قبل ثلاثة أيام', 'قبل ثلاثة أيام'],
  ['الأسبوع الماضي', 'الأسبوع الماضي'],
  ['الأسبوع المقبل', 'الأسبوع المقبل'],
  ['الشهر المقبل', 'الشهر المقبل'],
  ['العام الماضي', 'العام الماضي'],
  ['مطلع الشهر المقبل', 'مطلع الشهر المقبل'],
  ['أواخر الشهر الجاري', 'أواخر الشهر الجاري'],
  ['قبل نهاية العام الجاري', 'قبل نهاية العام الجاري'],
  ['خلال الأيام المقبلة', 'الأيام المقبلة'],
  ['قبل أكثر من 3 سنوات', 'قبل أكثر من 3 سنوات'],
  ['منذ ثلاثة أعوام', 'منذ ثلاثة أعوام'],
  ['قبل عامين', 'قبل عامين'],
  ['yesterday', 'yesterday'],
  ['last Friday', 'last Friday'],
  ['on Saturday', 'Saturday'],
  ['October 27, 2015', 'October 27, 2015'],
  ['next week', 'next week'],
  ['this morning', 'this morning'],
  ['on Tuesday evening', 'Tuesday evening'],
  ['more than three years ago', 'more than three years ago'],
];
// Words that are no dates, some of them close to one («الأمسية», «يوما», «سنوات»).
const FILLERS = ['وقال', 'الوزير', 'إن', 'المحادثات', 'موسكو', 'لافروف', 'جرى', 'بحث', 'مع', 'نظيره'];
const TRICKY = ['الأمسية', 'يوما', 'اليومية', 'سنوات', 'أسبوعية', 'الحكومة', '،', '.', 'the', 'and'];

const anchor = fc.integer({ min: 0, max: 365 * 50 }).map((n) => addDays('1990-01-01', n));
const tense = fc.constantFrom('past' as const, 'future' as const);
const filler = fc.array(fc.constantFrom(...FILLERS, ...TRICKY), { minLength: 0, maxLength: 3 });
// Each phrase has at least one plain filler word before it, so two phrases never run into one.
const piece = fc.tuple(fc.constantFrom(...FILLERS), filler, fc.constantFrom(...PHRASES), fc.boolean());
const sentence = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => {
  const words: string[] = [];
  const spans: string[] = [];
  const written: string[] = [];
  for (const [lead, more, [phrase, span], withAnd] of pieces) {
    // «و» joined to a phrase that has no clitic of its own: the span stays the same.
    const joined =
      withAnd && /^[\u0621-\u064A]/.test(phrase) && !/^[وب]/.test(phrase) ? `و${phrase}` : phrase;
    words.push(lead, ...more, joined);
    spans.push(span);
    written.push(phrase);
  }
  words.push('.');
  return { text: words.join(' '), spans, written };
});

describe('findDateExpressions, by property', () => {
  it('finds each phrase as its span, and the span alone resolves as the phrase does, for any anchor', () => {
    fc.assert(
      fc.property(sentence, anchor, tense, ({ text, spans, written }, day, t) => {
        const found = findDateExpressions(text);
        expect(found.map((m) => m.text)).toEqual(spans);
        found.forEach((m, i) => {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual((found[i - 1] as (typeof found)[number]).end);
          const resolved = resolveRelativeDate(m.text, day, t);
          expect(resolved).not.toBeNull();
          expect(resolved).toEqual(resolveRelativeDate(written[i] as string, day, t));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('resolves a relative day with a weekday only when the two agree', () => {
    const names = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const words: [string, number][] = [
      ['غدا', 1],
      ['أمس', -1],
      ['اليوم', 0],
      ['أمس الأول', -2],
    ];
    fc.assert(
      fc.property(
        anchor,
        fc.constantFrom(...words),
        fc.integer({ min: 0, max: 6 }),
        (day, [word, offset], wd) => {
          const text = `وقال الوزير ${word} ${names[wd]} إن المحادثات`;
          const found = findDateExpressions(text);
          expect(found.map((m) => m.text)).toEqual([`${word} ${names[wd]}`]);
          const target = addDays(day, offset);
          const expected = weekday(target) === wd ? { start: target, end: target, precision: 'day' } : null;
          expect(resolveRelativeDate((found[0] as (typeof found)[number]).text, day)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives spans that are found again, whole, when read alone, in any text', () => {
    const vocabulary = [...FILLERS, ...TRICKY, ...PHRASES.flatMap(([w]) => w.split(' ')), 'من', 'قبل', 'يوم'];
    const soup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((w) => w.join(' '));
    // Any UTF-16 code units, lone surrogates included.
    const anyUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
      .map((units) => String.fromCharCode(...units));
    // The same words with diacritics, tatweel, bidi marks and punctuation dropped between their letters.
    const marks = ['\u064E', '\u0650', '\u0651', '\u0640', '\u200F', '،', '(', ')', '/', '-', '  '];
    const marked = fc
      .tuple(soup, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...marks)), { maxLength: 8 }))
      .map(([text, inserts]) =>
        inserts.reduce(
          (t, [at, mark]) => t.slice(0, at % (t.length + 1)) + mark + t.slice(at % (t.length + 1)),
          text,
        ),
      );
    fc.assert(
      fc.property(fc.oneof(soup, anyUnits, marked), (text) => {
        for (const m of findDateExpressions(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(findDateExpressions(m.text)).toEqual([{ start: 0, end: m.text.length, text: m.text }]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds every date of a 2,000-word article (its speed is measured by npm run eval:draft, not here)', () => {
    const article = seedJson().paragraphs.join('\n').repeat(3);
    expect(article.split(/\s+/).length).toBeGreaterThan(2000);
    expect(findDateExpressions(article).length).toBe(39);
  });
});
