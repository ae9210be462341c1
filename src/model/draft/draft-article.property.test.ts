import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGazetteer } from '../../cli/read-gazetteer.ts';
import { validateArticle } from '../validate-article.ts';
import { draftArticle } from './draft-article.ts';

const { gazetteer } = readGazetteer();

// Pieces of real news language, so random texts reach the triggers, names, offices and dates.
const PIECES = [
  'قال',
  'وأكد',
  'أجرى',
  'اتصالاً هاتفياً',
  'تلقى اتصالا هاتفيا من',
  'التقى',
  'استقبل',
  'سيزور',
  'زيارة مرتقبة',
  'مؤتمر صحفي',
  'وقّع',
  'مذكرة تفاهم',
  'بمبادرة من',
  'نظيره',
  'نظيريه',
  'الأمريكي',
  'الإيراني',
  'السعودي',
  'وزير الخارجية',
  'وزراء خارجية',
  'الرئيس',
  'ملك',
  'الولايات المتحدة',
  'والسعودية',
  'وتركيا',
  'في موسكو',
  'لافروف',
  'سيرغى لافروف',
  'جون كيري',
  'ظريف',
  'الوزيران',
  'اليوم',
  'أمس',
  'أمس الأول',
  'غدًا الجمعة',
  'الجمعة الماضية',
  'يوم السبت',
  'مساء',
  '27 تشرين الأول 2015',
  'قبل نهاية العام الجاري',
  'حيث',
  'كما',
  '.',
  '،',
  '\n',
  '\n\n',
  '“',
  '”',
  'ـ',
  'َ',
  '٣',
  '3',
  'abc',
  '<p>',
  '\u202E',
  '__proto__',
  'constructor',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));
const day = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('draftArticle on any text', () => {
  it('always gives a record that the validator accepts, with every event and entity drafted', () => {
    fc.assert(
      fc.property(text, day, (t, date) => {
        const { record } = draftArticle(
          t,
          { published: { date, timeZone: 'Asia/Damascus' }, source: 'سانا' },
          gazetteer,
        );
        const result = validateArticle(JSON.parse(JSON.stringify(record)));
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(record.events.every((e) => e.review === 'drafted')).toBe(true);
        expect(record.entities.every((e) => e.review === 'drafted')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same record', () => {
    fc.assert(
      fc.property(text, day, (t, date) => {
        const meta = { published: { date }, source: 'SANA' };
        expect(draftArticle(t, meta, gazetteer)).toEqual(draftArticle(t, meta, gazetteer));
      }),
      { numRuns: 50 },
    );
  });
});
