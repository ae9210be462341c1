import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/format-date.ts';
import { readProblem } from '../model/read-problem.ts';
import { PROBLEM_MESSAGES } from './problem-words.ts';

/** A validator message as the interface says it. */
const say = (lang: Lang, message: string) => {
  const read = readProblem({ path: 'x', message });
  return PROBLEM_MESSAGES[lang].codes[read.code](read);
};

describe('problem words', () => {
  it('say what zod expected and found, in Arabic and in English', () => {
    expect(say('ar', 'Invalid input: expected string, received number')).toBe('المتوقع نص، والموجود عدد.');
    expect(say('en', 'Invalid input: expected string, received number')).toBe(
      'Expected text, found a number.',
    );
    expect(say('ar', 'Invalid input: expected int, received number')).toBe('المتوقع عدد صحيح، والموجود عدد.');
    expect(say('ar', 'Invalid input: expected array, received object')).toBe(
      'المتوقع قائمة، والموجود مجموعة حقول.',
    );
    expect(say('en', 'Invalid input: expected object, received null')).toBe(
      'Expected an object, found null.',
    );
    expect(say('ar', 'Invalid input: expected string, received undefined')).toBe(
      'حقل مطلوب مفقود، والمتوقع فيه نص.',
    );
    expect(say('en', 'Invalid input: expected string, received undefined')).toBe(
      'A required field is missing; it should hold text.',
    );
    expect(say('ar', 'Invalid option: expected one of "meeting"|"decision"')).toBe(
      'القيمة ليست من القيم المسموح بها.',
    );
    expect(say('en', 'Invalid option: expected one of "meeting"|"decision"')).toBe(
      'Not one of the allowed values.',
    );
  });

  it('count limits and unknown fields in every plural form, with the language’s digits', () => {
    expect(say('ar', 'at most 200 characters')).toBe('النص أطول من المسموح: ٢٠٠ حرف على الأكثر.');
    expect(say('en', 'at most 200 characters')).toBe('Longer than allowed: at most 200 characters.');
    expect(say('ar', 'at most 50 participants')).toBe('القائمة أطول من المسموح: ٥٠ عنصرًا على الأكثر.');
    expect(say('en', 'at most 50 participants')).toBe('More than allowed: at most 50 items.');
    expect(say('ar', 'Too small: expected number to be >=1')).toBe('العدد أصغر من المسموح، وأدناه ١.');
    expect(say('ar', 'Unrecognized key: "colour"')).toBe('حقل لا يعرفه المخطط: colour.');
    expect(say('ar', 'Unrecognized keys: "a", "b"')).toBe('حقلان لا يعرفهما المخطط: a، b.');
    expect(say('ar', 'Unrecognized keys: "a", "b", "c"')).toBe('حقول لا يعرفها المخطط: a، b، c.');
    expect(say('en', 'Unrecognized keys: "a", "b"')).toBe('Fields the schema does not know: a, b.');
  });

  it('keep the validator’s own problems as the editor said them', () => {
    expect(say('ar', 'no entity with id "lavrof"')).toBe('لا كيان بالمعرّف «lavrof».');
    expect(say('en', 'duplicate id "kerry"')).toBe('The id “kerry” is used twice.');
    expect(say('ar', 'something new')).toBe('قيمة غير صالحة.');
    expect(say('en', 'something new')).toBe('Not a valid value.');
  });

  it('name the field a problem is in', () => {
    expect(PROBLEM_MESSAGES.ar.field('events.0.title.ar')).toBe('الحقل events.0.title.ar:');
    expect(PROBLEM_MESSAGES.en.field('events.0.title.ar')).toBe('Field events.0.title.ar:');
    expect(PROBLEM_MESSAGES.ar.record).toBe('السجل كله:');
  });

  it('write no Latin letter in an Arabic message but what the problem quotes', () => {
    for (const [code, words] of Object.entries(PROBLEM_MESSAGES.ar.codes)) {
      const text = words({
        code: code as never,
        values: ['', '', '', ''],
        limit: 3,
        expected: 'text',
        found: 'list',
      });
      expect(text, code).not.toMatch(/[A-Za-z]/);
    }
  });
});
