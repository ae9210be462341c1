import { cliticForms, PREFIXES, parseDateAt } from '../date-grammar.ts';
import { dateTokens, letterOffset } from '../date-tokens.ts';
import { notADateHere } from './date-context.ts';

/** A date expression found in a sentence: its UTF-16 [start, end) there, and its text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
}

/** The longest parse at word `i` over the readings of its clitics (ties: the word as written). */
function bestAt(words: string[], gaps: string[], i: number) {
  let best: { end: number; form: string; dropped: number } | undefined;
  for (const { form, dropped } of cliticForms(words[i] as string)) {
    const parse = parseDateAt(words, gaps, i, form);
    if (parse && (!best || parse.end > best.end)) best = { end: parse.end, form, dropped };
  }
  return best;
}

/**
 * The date expressions of a sentence, in order, longest first, never overlapping: «مساء أمس», «يوم
 * السبت», «27 تشرين الأول 2015», «قبل أكثر من 3 سنوات». A span holds no leading clitic («وأمس» gives
 * «أمس») and no prefix that changes nothing («في الخامس من الشهر» gives «الخامس من الشهر»), and its text
 * resolves with resolveRelativeDate alone, for any anchor and tense — except, by design, where the
 * words hold only for some anchors: a combination that must agree with itself («غدًا الجمعة», «الأربعاء
 * 27 تشرين الأول 2015»), a day of a month or year counted from the anchor's («31 من الشهر المقبل»), or
 * «منذ» with a year to come; there the resolver answers null rather than pick.
 */
export function findDateExpressions(sentence: string): DateMention[] {
  const tokens = dateTokens(sentence);
  const words = tokens.map((t) => t.word);
  const gaps = tokens.map((t) => t.gap);
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = bestAt(words, gaps, i);
    if (!found) {
      i++;
      continue;
    }
    let from = i;
    let dropped = found.dropped;
    if (PREFIXES.has(found.form) && parseDateAt(words, gaps, i + 1)?.end === found.end) {
      from = i + 1;
      dropped = 0;
    }
    if (!notADateHere(words, gaps, i, found.end, found.form)) {
      mentions.push(mention(sentence, tokens, from, found.end, dropped));
    }
    i = found.end;
  }
  return mentions;
}

function mention(
  sentence: string,
  tokens: ReturnType<typeof dateTokens>,
  from: number,
  to: number,
  dropped: number,
): DateMention {
  const start = letterOffset(sentence, tokens[from] as (typeof tokens)[number], dropped);
  let end = (tokens[to - 1] as (typeof tokens)[number]).end;
  // «أيار (مايو)»: a bracket opened inside the span is closed inside it too.
  const close = /^\s*\)/.exec(sentence.slice(end));
  const text = sentence.slice(start, end);
  if (close && text.lastIndexOf('(') > text.lastIndexOf(')')) end += close[0].length;
  return { start, end, text: sentence.slice(start, end) };
}
