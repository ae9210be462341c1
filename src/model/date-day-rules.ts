import { addDays, type IsoDate, weekday } from './calendar-date.ts';
import { dayOfMonthAt } from './date-day-of-month.ts';
import { pastHijriAt } from './date-hijri.ts';
import { nearestWeekday, oneDay, range, type Tense } from './date-math.ts';
import { ORDINAL_DAYS } from './date-ordinals.ts';
import { qualifierAt } from './date-qualifiers.ts';
import type { DateParse, DateReader } from './date-reader.ts';
import {
  BARE_WEEKDAYS,
  NEEDS_SUPPORT,
  NOT_TODAY,
  PARTS_AFTER,
  PARTS_BEFORE,
  RELATIVE_DAYS,
  WEEKDAYS,
} from './date-words.ts';

const ENGLISH_QUALIFIERS = new Map([
  ['last', -1],
  ['next', 1],
]);

/** A relative day word at `k` («أمس», «أمس الأول», «غدا»), unless the words around make it something else. */
function relativeAt(r: DateReader, k: number, supported: boolean, afterYom: boolean) {
  const hit = r.phrase(RELATIVE_DAYS, k, 4);
  if (!hit) return undefined;
  const word = r.at(k) as string;
  if (hit.end === k + 1 && NEEDS_SUPPORT.has(word) && !supported) return undefined;
  const next = r.at(k + 1) ?? '';
  // «اليوم التالي», «اليوم السابع» (the next, the seventh day): a day of the story, not today.
  const storyDay = NOT_TODAY.has(next) || ORDINAL_DAYS.has(next);
  if (word === 'اليوم' && hit.end === k + 1 && (afterYom || storyDay)) return undefined;
  // «في الأمس القريب»: in the recent past, no day.
  if (word === 'الامس' && next === 'القريب') return undefined;
  return hit;
}

/**
 * One day named at word `k`, in the parts news combines: a part of the day (Arabic, before), «يوم», a
 * relative day, a weekday with its qualifier, a day of a month, a part of the day (English, after):
 * «مساء أمس», «يوم السبت», «الجمعة الماضية», «غدًا الجمعة», «الثلاثاء 27 تشرين الأول», "Tuesday evening".
 */
export function dayAt(r: DateReader, k: number): DateParse | undefined {
  let j = k;
  const part = r.phrase(PARTS_BEFORE, j, 2);
  if (part) j = part.end;
  const yom = r.is(j, 'يوم');
  if (yom) j++;
  const rel = relativeAt(r, j, Boolean(part) || yom, yom);
  if (rel) j = rel.end;
  let qualifier: number | null = null;
  if (!rel && ENGLISH_QUALIFIERS.has(r.at(j) ?? '') && WEEKDAYS.has(r.at(j + 1) ?? '')) {
    qualifier = ENGLISH_QUALIFIERS.get(r.at(j) as string) as number;
    j++;
  }
  const name = r.at(j) ?? '';
  // «الدول الأحد عشر» (the eleven states) is no Sunday.
  if (name === 'الاحد' && r.is(j + 1, 'عشر')) return undefined;
  const day = WEEKDAYS.get(name) ?? (yom && !rel ? BARE_WEEKDAYS.get(name) : undefined);
  if (day !== undefined) j++;
  const after = qualifierAt(r, j);
  if (day !== undefined && !rel && qualifier === null && after !== undefined && after.value !== 0) {
    qualifier = after.value;
    j = after.end;
  }
  let date: ReturnType<typeof dayOfMonthAt>;
  if (qualifier === null) {
    const agreed = (day !== undefined && r.is(j, 'الموافق') ? j + 1 : undefined) ?? pastHijriAt(r, j) ?? j;
    date = dayOfMonthAt(r, agreed, day !== undefined || agreed > j ? ',،' : '');
    if (date) j = date.end;
  }
  if (!rel && day === undefined && !date) return undefined;
  if (!part && PARTS_AFTER.has(r.at(j) ?? '')) j++;
  const offset = rel?.value;
  // «ليلة الجمعة» is, in the Arabic reckoning, the night that leads into Friday: it spans the evening
  // before and the small hours of the day, so it is the range of both days, never one guessed day.
  const night = part?.value === 'night' && offset === undefined;
  const resolve = (anchor: IsoDate, tense: Tense) => {
    let d: IsoDate | null = offset === undefined ? null : addDays(anchor, offset);
    if (date) {
      // «أمس 26 أكتوبر» must agree with itself: a relative day and a date that differ name no day.
      if (d !== null && !date.fits(d, anchor)) return null;
      d ??= date.resolve(anchor, tense);
      if (d === null) return null;
    }
    if (day !== undefined) {
      if (d !== null && weekday(d) !== day) return null;
      // «الجمعة قبل الماضية»: a week before last Friday.
      const last = qualifier === -2 ? -1 : qualifier;
      d ??= addDays(nearestWeekday(anchor, day, last, tense), qualifier === -2 ? -7 : 0);
    }
    if (d === null) return null;
    return night ? range(addDays(d, -1), d) : oneDay(d);
  };
  return { end: j, resolve };
}
