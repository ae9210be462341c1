import { normaliseForSearch } from './arabic-text.ts';

// Every table is a Map keyed by folded words (joined by one space), so any spelling folded alike matches
// and no input can reach Object.prototype.
const folded = <T>(entries: [string, T][]): Map<string, T> =>
  new Map(entries.map(([key, value]) => [normaliseForSearch(key), value]));
/** A set of words folded like the input. */
export const foldedSet = (words: string[]): Set<string> => new Set(words.map(normaliseForSearch));
const each = <T>(keys: string[], value: T): [string, T][] => keys.map((key) => [key, value]);

/** Weekday names with the article (الخميس) and English names; 0 = Sunday. */
export const WEEKDAYS = folded([
  ...['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(
    (name, day): [string, number] => [name, day],
  ),
  ...'sunday monday tuesday wednesday thursday friday saturday'
    .split(' ')
    .map((name, day): [string, number] => [name, day]),
]);

/** Weekday names without the article, read only after «يوم», where they cannot be "one" or a name. */
export const BARE_WEEKDAYS = folded(
  ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'].map((name, day): [string, number] => [
    name,
    day,
  ]),
);

/**
 * Month names as outlets write them: Levantine/Iraqi, Egyptian/Gulf, Maghrebi (Algeria and Tunisia:
 * جانفي، أفريل، جوان، جويلية، أوت; Morocco: ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and English.
 */
export const MONTHS = folded([
  ...each(['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي', 'january', 'jan'], 1),
  ...each(['شباط', 'فبراير', 'فيفري', 'february', 'feb'], 2),
  ...each(['آذار', 'مارس', 'march', 'mar'], 3),
  ...each(['نيسان', 'أبريل', 'ابريل', 'إبريل', 'أفريل', 'april', 'apr'], 4),
  ...each(['أيار', 'مايو', 'ماي', 'may'], 5),
  ...each(['حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun'], 6),
  ...each(['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز', 'july', 'jul'], 7),
  ...each(['آب', 'أغسطس', 'غشت', 'أوت', 'august', 'aug'], 8),
  ...each(['أيلول', 'سبتمبر', 'شتنبر', 'september', 'sep', 'sept'], 9),
  ...each(['تشرين الأول', 'تشرين أول', 'أكتوبر', 'اكتوبر', 'october', 'oct'], 10),
  ...each(['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر', 'november', 'nov'], 11),
  ...each(['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر', 'december', 'dec'], 12),
]);

/** Days counted from the anchor, for words that name one day. */
export const RELATIVE_DAYS = folded([
  ...each(['اليوم', 'today', 'tonight', 'الليلة', 'this morning', 'this afternoon', 'this evening'], 0),
  ...each(['earlier today', 'later today'], 0),
  ...each(['أمس', 'الأمس', 'yesterday', 'last night', 'الليلة الماضية'], -1),
  ...each(['أمس الأول', 'أول أمس', 'أول من أمس', 'الليلة قبل الماضية', 'the day before yesterday'], -2),
  ...each(['غدا', 'غد', 'الغد', 'tomorrow'], 1),
  ...each(['بعد غد', 'the day after tomorrow'], 2),
]);

/** Relative words that are not dates on their own: «غد» and «الغد» need «يوم» or a part of the day. */
export const NEEDS_SUPPORT = new Set(['غد', 'الغد']);

/** Words after «اليوم» that make it "the day" of a story (the next day, the same day, a national day). */
export const NOT_TODAY = folded(
  each(
    [
      'التالي',
      'نفسه',
      'ذاته',
      'الأول',
      'الثاني',
      'الثالث',
      'الأخير',
      'السابق',
      'الوطني',
      'العالمي',
      'الدولي',
    ],
    true,
  ),
);

/** Parts of the day written before the day in Arabic; «ليلة» counts the night before (see resolver). */
export const PARTS_BEFORE = folded([
  ...each(['صباح', 'صبيحة', 'ظهر', 'ظهيرة', 'بعد ظهر', 'بعد الظهر', 'عصر', 'مساء', 'فجر'], 'day' as const),
  ...each(['ليلة', 'ليل'], 'night' as const),
]);

/** Parts of the day written after the day in English ("Tuesday evening"). */
export const PARTS_AFTER = new Set(['morning', 'afternoon', 'evening', 'night']);

/** -1 for "the last one before", +1 for "the next one after", 0 for "the current one". */
export const QUALIFIERS = folded([
  // The dual and plural forms qualify two weekdays at once («الاثنين والثلاثاء المقبلين»).
  ...each(['الماضي', 'الماضية', 'الماضيين', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'last'], -1),
  ...each(['المقبل', 'المقبلة', 'المقبلين', 'القادم', 'القادمة', 'القادمين', 'next'], 1),
  ...each(['الجاري', 'الجارية', 'الحالي', 'الحالية', 'this'], 0),
]);

/** Cardinal numbers written as words (either gender), for counts such as «قبل ثلاث سنوات». */
export const NUMBER_WORDS = folded([
  ...each(['واحد', 'واحدة', 'one', 'a', 'an'], 1),
  ...each(['اثنين', 'اثنان', 'اثنتين', 'two'], 2),
  ...each(['ثلاث', 'ثلاثة', 'three'], 3),
  ...each(['أربع', 'أربعة', 'four'], 4),
  ...each(['خمس', 'خمسة', 'five'], 5),
  ...each(['ست', 'ستة', 'six'], 6),
  ...each(['سبع', 'سبعة', 'seven'], 7),
  ...each(['ثماني', 'ثمانية', 'ثمان', 'eight'], 8),
  ...each(['تسع', 'تسعة', 'nine'], 9),
  ...each(['عشر', 'عشرة', 'ten'], 10),
]);

/** A unit of a count; `count` when the word itself says how many (singular 1, dual 2). */
export interface CountUnit {
  unit: 'day' | 'month' | 'year';
  count?: number;
}
export const COUNT_UNITS = folded<CountUnit>([
  ...each<CountUnit>(['يوم', 'day'], { unit: 'day', count: 1 }),
  ...each<CountUnit>(['يومين', 'يومان'], { unit: 'day', count: 2 }),
  ...each<CountUnit>(['أيام', 'يوما', 'days'], { unit: 'day' }),
  ...each<CountUnit>(['شهر', 'month'], { unit: 'month', count: 1 }),
  ...each<CountUnit>(['شهرين', 'شهران'], { unit: 'month', count: 2 }),
  ...each<CountUnit>(['أشهر', 'شهور', 'شهرا', 'months'], { unit: 'month' }),
  ...each<CountUnit>(['عام', 'سنة', 'year'], { unit: 'year', count: 1 }),
  ...each<CountUnit>(['عامين', 'عامان', 'سنتين', 'سنتان'], { unit: 'year', count: 2 }),
  ...each<CountUnit>(['أعوام', 'عاما', 'سنوات', 'سنين', 'years'], { unit: 'year' }),
]);
