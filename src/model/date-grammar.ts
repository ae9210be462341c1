import { AFTER, AGO, countAt, MORE_THAN } from './date-count-rules.ts';
import { dayPairAt, PAIR_LEADS } from './date-day-pair-rules.ts';
import { dayAt } from './date-day-rules.ts';
import { earlierAt } from './date-earlier-rules.ts';
import { ORDINAL_DAYS } from './date-ordinals.ts';
import { periodDateAt } from './date-period-rules.ts';
import { type DateParse, DateReader } from './date-reader.ts';
import { BOUNDS, boundAt, SEGMENTS, segmentAt } from './date-segment-rules.ts';
import { STRETCHES, stretchAt, WEEK, weekAt } from './date-week-rules.ts';
import {
  foldedSet,
  MONTHS,
  NUMBER_WORDS,
  PARTS_BEFORE,
  QUALIFIERS,
  RELATIVE_DAYS,
  WEEKDAYS,
} from './date-words.ts';

/** Words that may stand before a date without changing it («في الخامس», «خلال الشهر», "on Saturday"). */
export const PREFIXES = foldedSet(['في', 'خلال', 'on', 'in', 'at', 'during']);
const SINCE = foldedSet(['منذ', 'since']);
const SAMPLE_ANCHORS = ['1900-06-15', '2100-06-15'];

// The first words any rule can start with. Most words of an article are none of these, so the scan
// skips them with one lookup (the grammar's tests check that every expression they resolve is found).
const STARTERS = new Set<string>(
  [
    [...RELATIVE_DAYS.keys(), ...PARTS_BEFORE.keys(), ...WEEKDAYS.keys(), ...MONTHS.keys()],
    [...ORDINAL_DAYS.keys(), ...NUMBER_WORDS.keys(), ...QUALIFIERS.keys(), ...SEGMENTS.keys()],
    [...BOUNDS, ...AGO, ...AFTER, ...MORE_THAN.keys(), ...WEEK, ...STRETCHES, ...PREFIXES, ...SINCE],
    [...PAIR_LEADS],
    ['يوم', 'the', 'هذا', 'هذه', 'عام', 'العام', 'سنه', 'السنه', 'year', 'شهر', 'الشهر', 'month'],
  ]
    .flat()
    .map((key) => key.split(' ')[0] as string),
);

/** Whether a date expression can start with `word` (folded, without clitics). */
export function canStartDate(word: string): boolean {
  return STARTERS.has(word) || (word.charCodeAt(0) >= 0x30 && word.charCodeAt(0) <= 0x39);
}

function longest(candidates: (DateParse | undefined)[]): DateParse | undefined {
  let best: DateParse | undefined;
  for (const c of candidates) if (c && (!best || c.end > best.end)) best = c;
  return best;
}

function coreAt(r: DateReader, k: number, afterPrefix: boolean): DateParse | undefined {
  return longest([
    dayAt(r, k),
    dayPairAt(r, k),
    earlierAt(r, k),
    periodDateAt(r, k, afterPrefix),
    segmentAt(r, k),
    boundAt(r, k),
    countAt(r, k),
    weekAt(r, k),
    stretchAt(r, k),
  ]);
}

/**
 * The longest date expression that starts at word `i` of `words` (folded; `gaps` the marks before each
 * word), reading that word as `first` (the word without a clitic), or undefined. Ties go to the first
 * rule, so the same words always parse the same way, in a sentence or alone.
 */
export function parseDateAt(
  words: readonly string[],
  gaps: readonly string[],
  i: number,
  first: string = words[i] ?? '',
): DateParse | undefined {
  if (!canStartDate(first)) return undefined;
  const r = new DateReader(words, gaps, i, first);
  const plain = coreAt(r, i, false);
  if (SINCE.has(first)) return longest([plain, sinceAt(r, i)]);
  if (!PREFIXES.has(first)) return plain;
  return longest([plain, coreAt(r, i + 1, true)]);
}

/**
 * «منذ الخميس», «منذ أكتوبر الماضي», «منذ عام 2012», "since October 24": the day or period named, which
 * is what the words state (when something began). That it has gone on since, up to the anchor, is an
 * inference about the event, left to the drafter, which sees «منذ» kept at the head of the span. A
 * "since" that points after the anchor is no date. Counts («منذ ثلاثة أعوام») are the counting rule's.
 */
function sinceAt(r: DateReader, k: number): DateParse | undefined {
  const inner = coreAt(r, k + 1, true);
  if (!inner) return undefined;
  const resolve = (anchor: string) => {
    const named = inner.resolve(anchor, 'past');
    return named === null || (named.start ?? '') > anchor ? null : named;
  };
  // «منذ غد», «منذ الأسبوع المقبل» point after any anchor: no expression at all, rather than one that
  // never resolves.
  if (SAMPLE_ANCHORS.every((anchor) => resolve(anchor) === null)) return undefined;
  return { end: inner.end, resolve };
}

/**
 * The ways to read a word with its clitics left out: as written, without «و»/«ف» (and), then without
 * «ب»/«ل» (in, for) as well — «وأمس» → أمس, «وبالأمس» → الأمس, «وفي» → في, «للعام» → العام. `dropped`
 * counts the letters a span leaves out.
 */
export function cliticForms(word: string): { form: string; dropped: number }[] {
  const forms = [{ form: word, dropped: 0 }];
  const conj = /^[وف]/.test(word) && word.length > 2 ? word.slice(1) : undefined;
  if (conj) forms.push({ form: conj, dropped: 1 });
  for (const { form, dropped } of [...forms]) {
    if (/^[بل]/.test(form) && form.length > 2) forms.push({ form: form.slice(1), dropped: dropped + 1 });
    // «للعام المقبل» is ل + العام with the alef of the article elided: no clean place to cut the span,
    // so the «لل» stays in it (dropped unchanged) and the resolver reads it back the same way.
    if (form.startsWith('لل') && form.length > 3) forms.push({ form: `ا${form.slice(1)}`, dropped });
  }
  return forms;
}
