import type { IsoDate } from './calendar-date.ts';
import { cliticForms, parseDateAt } from './date-grammar.ts';
import type { ResolvedInterval, Tense } from './date-math.ts';
import { dateTokens } from './date-tokens.ts';

export type { ResolvedInterval, Tense } from './date-math.ts';

/**
 * Resolves a date expression as written («أمس», «الجمعة الماضية», «مساء أمس», «27 تشرين الأول 2015»,
 * «قبل أكثر من 3 سنوات», "last Friday") against an anchor day. The whole text must be one expression
 * (a clitic و/ف/ب/ل on its first word is allowed); anything else, or an expression whose parts disagree
 * («غدًا الجمعة» on a Tuesday), is null — never a guessed day.
 * `tense` (default 'past') decides which way an unqualified weekday or day of a month points.
 */
export function resolveRelativeDate(
  expression: string,
  anchor: IsoDate,
  tense: Tense = 'past',
): ResolvedInterval | null {
  const tokens = dateTokens(expression);
  const words = tokens.map((t) => t.word);
  const gaps = tokens.map((t) => t.gap);
  const head = words[0];
  if (head === undefined) return null;
  for (const { form } of cliticForms(head)) {
    const parse = parseDateAt(words, gaps, 0, form);
    if (parse && parse.end === words.length) return parse.resolve(anchor, tense);
  }
  return null;
}
