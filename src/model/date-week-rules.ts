import { addDays, type IsoDate } from './calendar-date.ts';
import { range } from './date-math.ts';
import { qualifierAt } from './date-qualifiers.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import { foldedSet, QUALIFIERS } from './date-words.ts';

export const WEEK = foldedSet(['الأسبوع', 'week']);
export const STRETCHES = foldedSet([
  'الأيام',
  'الأسابيع',
  'الأشهر',
  'الشهور',
  'الفترة',
  'days',
  'weeks',
  'months',
]);
const FEW = foldedSet(['القليلة', 'few']);
const COMING = foldedSet(['المقبلة', 'القادمة', 'coming', 'next']);
const PAST = foldedSet(['الماضية', 'الأخيرة', 'past', 'last', 'recent']);

/**
 * «الأسبوع الماضي»/"last week" and «الأسبوع المقبل»/"next week". Outlets do not agree on the day a week
 * starts (Saturday, Sunday or Monday), so a week is counted from the anchor: the seven days before it,
 * anchor − 7 … anchor − 1, or the seven after it, anchor + 1 … anchor + 7.
 */
export function weekAt(r: DateReader, k: number): DateParse | undefined {
  const word = r.at(k) ?? '';
  const english = /^[a-z]/.test(word);
  const qualifier = english ? { value: QUALIFIERS.get(word), end: k + 2 } : qualifierAt(r, k + 1);
  const weeks = qualifier?.value;
  if (!WEEK.has(english ? (r.at(k + 1) ?? '') : word) || !weeks || !qualifier) return undefined;
  // «الأسبوع قبل الماضي» (the week before last) is the seven days before last week.
  const resolve = (anchor: IsoDate) =>
    weeks < 0
      ? range(addDays(anchor, 7 * weeks), addDays(anchor, 7 * weeks + 6))
      : range(addDays(anchor, 1), addDays(anchor, 7));
  return { end: qualifier.end, resolve };
}

/**
 * «الأيام المقبلة», «الأسابيع القليلة المقبلة», "the coming days": from the day after the anchor, open
 * ended. «الأيام الماضية», "the past few days": up to the anchor, open before.
 */
export function stretchAt(r: DateReader, k: number): DateParse | undefined {
  let j = r.is(k, 'the') ? k + 1 : k;
  const english = j > k;
  // English puts the adjective first ("the coming days"), Arabic after («الأيام المقبلة»).
  const adjective = english ? r.at(j++) : undefined;
  if (english && r.is(j, 'few')) j++;
  if (!STRETCHES.has(r.at(j++) ?? '')) return undefined;
  if (!english && FEW.has(r.at(j) ?? '')) j++;
  const side = (english ? adjective : r.at(j++)) ?? '';
  if (COMING.has(side)) return { end: j, resolve: (anchor) => range(addDays(anchor, 1), null) };
  if (PAST.has(side)) return { end: j, resolve: (anchor) => range(null, anchor) };
  return undefined;
}
