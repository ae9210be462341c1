import type { IsoDate } from './calendar-date.ts';
import { cliticForms, parseDateAt } from './date-grammar.ts';
import type { Resolve, ResolvedInterval, Tense } from './date-math.ts';
import { dateTokens } from './date-tokens.ts';

export type { ResolvedInterval, Tense } from './date-math.ts';

// A corpus repeats a few expressions («أمس», «اليوم») across thousands of events, and the validator
// resolves each one: the parse of a text is kept (it does not depend on the anchor), within a bound.
const parsed = new Map<string, Resolve | null>();
const MAX_KEPT = 4096;
const MAX_KEPT_LENGTH = 200;

function parse(expression: string): Resolve | null {
  const tokens = dateTokens(expression);
  const words = tokens.map((t) => t.word);
  const gaps = tokens.map((t) => t.gap);
  const head = words[0];
  if (head === undefined) return null;
  for (const { form } of cliticForms(head)) {
    const found = parseDateAt(words, gaps, 0, form);
    if (found && found.end === words.length) return found.resolve;
  }
  return null;
}

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
  let resolve = parsed.get(expression);
  if (resolve === undefined) {
    resolve = parse(expression);
    if (parsed.size >= MAX_KEPT) parsed.clear();
    // A pasted paragraph is no date expression worth keeping.
    if (expression.length <= MAX_KEPT_LENGTH) parsed.set(expression, resolve);
  }
  return resolve === null ? null : resolve(anchor, tense);
}
