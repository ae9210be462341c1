import { retryableImport } from '../data/retryable-import.ts';
import type { Certainty, EntityKind, EventType, Precision, Role, Status } from '../model/article-schema.ts';
import { formatNumber, type Lang } from '../model/format-date.ts';
import { type PluralForms, plural } from './plural.ts';
import { SOURCES_AR, type SourcesStrings } from './strings-sources.ts';

/** "N events" in Arabic's six forms: the noun and its number change with the count. */
export const AR_EVENTS: PluralForms = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
};
/** "of N events", after «من» (genitive: «من حدثين»). */
const AR_OF_EVENTS: PluralForms = {
  zero: '# حدث',
  one: 'حدث واحد',
  two: 'حدثين',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
};
const AR_CLOSE_EVENTS: PluralForms = {
  one: 'حدث واحد',
  two: 'حدثان متقاربان',
  few: '# أحداث متقاربة',
  many: '# حدثًا متقاربًا',
  other: '# حدث متقارب',
};
/** "N articles loaded" and "N rejected": the verb agrees with the noun, which changes with the count. */
const AR_LOADED: PluralForms = {
  zero: 'لم تُحمَّل أي مقالة',
  one: 'حُمّلت مقالة واحدة',
  two: 'حُمّلت مقالتان',
  few: 'حُمّلت # مقالات',
  many: 'حُمّلت # مقالةً',
  other: 'حُمّلت # مقالة',
};
const AR_REJECTED: PluralForms = {
  one: 'ورُفضت مقالة واحدة',
  two: 'ورُفضت مقالتان',
  few: 'ورُفضت # مقالات',
  many: 'ورُفضت # مقالةً',
  other: 'ورُفضت # مقالة',
};
const AR_PROBLEMS: PluralForms = {
  one: 'مشكلة واحدة',
  two: 'مشكلتان',
  few: '# مشكلات',
  many: '# مشكلةً',
  other: '# مشكلة',
};

/** Every piece of interface text, once per language. Arabic is the reference table. */
export interface Strings {
  dir: 'rtl' | 'ltr';
  appName: string;
  quoteOpen: string;
  quoteClose: string;
  /** Between the parts of a line (a date and a count): a mark no digit of the language resembles. */
  separator: string;
  tagline: string;
  skipToEvents: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  /** The header's link to the article editor. */
  newArticle: string;
  loading: string;
  loadingDetail: string;
  errorTitle: string;
  errorNetwork: (file: string) => string;
  errorJson: (file: string) => string;
  /** The disclosure holding a parser's or the network's own words, which stay in their language. */
  rawDetail: string;
  errorSchema: (file: string, count: number) => string;
  retry: string;
  viewFailed: string;
  /** The heading of the notice about parts of a link that were ignored (its list: url-notice-strings.ts). */
  urlIgnored: string;
  unknownEvent: (id: string) => string;
  eventsHeading: string;
  eventsCount: (count: number) => string;
  noEvents: string;
  showMore: (next: string, left: string) => string;
  articleHeading: string;
  published: string;
  source: string;
  dateline: string;
  seeAlso: string;
  /** While an article's paragraphs are fetched, and when they cannot be. */
  textLoading: string;
  textFailed: string;
  evidenceOf: (titles: string) => string;
  detailsHeading: string;
  detailsEmpty: string;
  clearSelection: string;
  date: string;
  dateAsWritten: string;
  noDateInText: string;
  relativeToPublication: string;
  relativeToEvent: (title: string) => string;
  absoluteDate: string;
  outsideDate: string;
  inferenceRule: string;
  participants: string;
  mentioned: string;
  place: string;
  attribution: string;
  chainSeparator: string;
  listSeparator: string;
  evidence: string;
  paragraph: (n: string) => string;
  notes: string;
  sourcesLabel: string;
  noParticipants: string;
  before: (date: string) => string;
  after: (date: string) => string;
  unknownDate: string;
  embed: {
    title: string;
    openInRasd: string;
    button: string;
    loadFailed: string;
  };
  sources: SourcesStrings;
  corpus: {
    open: string;
    drop: string;
    article: string;
    allArticles: (count: string) => string;
    /** Placeholder of the article finder, shown instead of a list when there are many articles. */
    findArticle: string;
    findArticleNone: string;
    /** Before the chosen article's headline in the finder. */
    articleShown: string;
    events: (count: number) => string;
    origin: Record<'link' | 'file', string>;
    loadedRejected: (loaded: number, rejected: number) => string;
    reading: string;
    none: string;
    noneHelp: string;
    tooLarge: (file: string, size: string, limit: string) => string;
    refused: (file: string) => string;
    changed: (file: string) => string;
    clearFiles: string;
    corpusNotice: string;
  };
  filters: {
    heading: string;
    search: string;
    searchPlaceholder: string;
    searchPending: (percent: string) => string;
    person: string;
    personPlaceholder: string;
    personNone: string;
    personEvents: (count: number) => string;
    personMode: string;
    modeAny: string;
    modeAll: string;
    from: string;
    to: string;
    datePlaceholder: string;
    dateInvalid: (text: string) => string;
    dateRule: string;
    more: string;
    type: string;
    status: string;
    certainty: string;
    country: string;
    count: (shown: number, total: number) => string;
    active: string;
    remove: (label: string) => string;
    clearAll: string;
    emptyTitle: string;
    emptyBecause: string;
    emptyRemove: (label: string, count: number) => string;
    emptyNothing: string;
    chipPerson: (names: string, mode: string) => string;
    chipDates: (from: string, to: string) => string;
    chipText: (q: string) => string;
    open: string;
    keys: Record<
      | 'articles'
      | 'persons'
      | 'personMode'
      | 'dates'
      | 'types'
      | 'statuses'
      | 'certainties'
      | 'countries'
      | 'q',
      string
    >;
  };
  timeline: {
    heading: string;
    plotLabel: string;
    plotHelp: string;
    zoomIn: string;
    zoomOut: string;
    reset: string;
    fit: string;
    fitHint: string;
    lanes: string;
    lanesByType: string;
    lanesByPerson: string;
    others: string;
    unnamed: string;
    overviewLabel: string;
    legend: string;
    legendStated: string;
    legendInferred: string;
    legendOutside: string;
    legendPlanned: string;
    legendOpen: string;
    legendOutsideLink: string;
    undated: string;
    cluster: (count: number) => string;
    clusterHint: string;
    window: (from: string, to: string) => string;
    empty: string;
    /** The canvas painter of a dense window could not be fetched. */
    drawingFailed: string;
  };
  /** The graph pane's own words; the graph's are in strings-graph.ts, loaded with it. */
  graphPane: { heading: string; layingOut: string; layingOutProgress: (percent: number) => string };
  types: Record<EventType, string>;
  roles: Record<Role, string>;
  statuses: Record<Status, string>;
  precisions: Record<Precision, string>;
  certainties: Record<Certainty, string>;
  kinds: Record<EntityKind, string>;
}

const ar: Strings = {
  dir: 'rtl',
  appName: 'رصد',
  quoteOpen: '«',
  quoteClose: '»',
  separator: '؛ ',
  tagline: 'مستكشف الأحداث الدبلوماسية في الأخبار',
  skipToEvents: 'انتقل إلى قائمة الأحداث',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the interface to English',
  newArticle: 'مقالة جديدة',
  loading: 'جارٍ تحميل المقالات…',
  loadingDetail: 'نقرأ المقالات ونتحقق من صحتها.',
  errorTitle: 'تعذّر عرض المقالات',
  errorNetwork: (file) =>
    `تعذّر جلب الملف ${file}: لم يصل، أو رفض الخادم إرساله، أو لم يسمح لمواقع أخرى بقراءته.`,
  errorJson: (file) => `الملف ${file} ليس بيانات منظّمة صالحة، فتعذّرت قراءته.`,
  rawDetail: 'التفاصيل التقنية كما وردت',
  errorSchema: (file, count) => `الملف ${file} لا يطابق مخطط المقالة (${plural('ar', count, AR_PROBLEMS)}):`,
  retry: 'أعد المحاولة',
  viewFailed: 'تعذّر رسم هذا العرض بسبب خطأ في رصد؛ بياناتك سليمة.',
  urlIgnored: 'تجاهلنا في الرابط ما لم نفهمه، وهذا ما يُعرض دونه:',
  unknownEvent: (id) => `لا يوجد حدث بالمعرّف "${id}".`,
  eventsHeading: 'الأحداث',
  eventsCount: (count) => `${plural('ar', count, AR_EVENTS)} بالترتيب الزمني`,
  noEvents: 'لا أحداث في هذه المقالات.',
  showMore: (next, left) => `اعرض ${next} أخرى (بقي ${left})`,
  articleHeading: 'نص المقالة',
  published: 'تاريخ النشر',
  source: 'المصدر',
  dateline: 'مكان النشر',
  seeAlso: 'انظر أيضًا (ليس جزءًا من هذا التقرير)',
  textLoading: 'جارٍ تحميل نص المقالة…',
  textFailed: 'تعذّر تحميل نص هذه المقالة؛ أحداثها باقية في الخط الزمني والقائمة.',
  evidenceOf: (titles) => `دليل على: ${titles}`,
  detailsHeading: 'تفاصيل الحدث',
  detailsEmpty: 'اختر حدثًا من القائمة أو جملة مظللة في النص لعرض تفاصيله.',
  clearSelection: 'إلغاء التحديد',
  date: 'التاريخ',
  dateAsWritten: 'كما ورد في النص',
  noDateInText: 'لا يذكر النص تاريخًا',
  relativeToPublication: 'نسبةً إلى تاريخ النشر',
  relativeToEvent: (title) => `نسبةً إلى حدث: ${title}`,
  absoluteDate: 'تاريخ مطلق',
  outsideDate: 'تاريخ من مصدر خارجي',
  inferenceRule: 'طريقة الاستنتاج',
  participants: 'المشاركون',
  mentioned: 'ذُكروا دون أن يشاركوا',
  place: 'المكان',
  attribution: 'مصدر الخبر',
  chainSeparator: ' ← ',
  listSeparator: '، ',
  evidence: 'الدليل في النص',
  paragraph: (n) => `الفقرة ${n}`,
  notes: 'ملاحظات من خارج المقالة',
  sourcesLabel: 'المصادر',
  noParticipants: 'لا يسمّي النص مشاركين',
  before: (date) => `قبل ${date}`,
  after: (date) => `بعد ${date}`,
  unknownDate: 'تاريخ غير معروف',
  embed: {
    title: 'خط زمني مضمَّن',
    openInRasd: 'افتح في رصد ↗',
    button: 'تضمين',
    loadFailed: 'تعذّر تحميل نافذة التضمين.',
  },
  sources: SOURCES_AR,
  corpus: {
    open: 'افتح ملفات مقالات…',
    drop: 'أفلت ملفات JSON هنا لعرضها؛ تُقرأ في متصفحك ولا تُرسل إلى أي مكان.',
    article: 'المقالة',
    allArticles: (count) => `كل المقالات (${count})`,
    findArticle: 'ابحث بالعنوان أو المصدر أو التاريخ',
    findArticleNone: 'لا مقالة تطابق البحث.',
    articleShown: 'المعروضة:',
    events: (count) => plural('ar', count, AR_EVENTS),
    origin: { link: 'من رابط', file: 'من ملفك' },
    loadedRejected: (loaded, rejected) =>
      `${plural('ar', loaded, AR_LOADED)}، ${plural('ar', rejected, AR_REJECTED)}:`,
    reading: 'نقرأ الملفات ونتحقق منها…',
    none: 'لا مقالات معروضة.',
    noneHelp: 'افتح ملفات مقالات بصيغة JSON أو أفلتها على الصفحة.',
    tooLarge: (file, size, limit) => `الملف ${file} كبير جدًا (${size})؛ الحد ${limit}، ولم يُقرأ.`,
    refused: (file) => `لم نحمّل ${file}: لا نحمّل إلا عناوين هذا الموقع أو العناوين الآمنة المشفّرة.`,
    changed: (file) => `تغيّر الملف ${file} منذ تحميل الصفحة؛ أعد تحميلها لترى النسخة الجديدة.`,
    clearFiles: 'أغلق ملفاتي',
    corpusNotice: 'ملاحظة عن المقالات المحمّلة معًا:',
  },
  filters: {
    heading: 'التصفية',
    search: 'بحث في النص',
    searchPlaceholder: 'كلمة أو اسم، بأي إملاء…',
    searchPending: (percent) => `نجهّز فهرس البحث (${percent})؛ سيُطبَّق النص حين يكتمل.`,
    person: 'الأشخاص',
    personPlaceholder: 'اكتب اسمًا بالعربية أو الإنجليزية…',
    personNone: 'لا أحد بهذا الاسم',
    personEvents: (count) => plural('ar', count, AR_EVENTS),
    personMode: 'أحداث تضم',
    modeAny: 'أيًّا منهم',
    modeAll: 'جميعهم معًا',
    from: 'من',
    to: 'إلى',
    datePlaceholder: 'مثل ٢٣ تشرين الأول ٢٠١٥',
    dateInvalid: (text) => `لم نفهم «${text}» تاريخًا؛ جرّب مثلًا ٢٣/١٠/٢٠١٥ أو ٢٣ تشرين الأول ٢٠١٥.`,
    dateRule:
      'يُحسب الحدث داخل النافذة إذا تقاطعت مدته معها؛ الحدث المفتوح من طرفٍ يمتد في ذلك الاتجاه بلا حد، والحدث بلا تاريخ يُستبعد متى حُدد تاريخ.',
    more: 'مرشحات أخرى',
    type: 'نوع الحدث',
    status: 'الحالة',
    certainty: 'يقين التاريخ',
    country: 'البلد',
    count: (shown, total) => `${formatNumber(shown, 'ar')} من ${plural('ar', total, AR_OF_EVENTS)}`,
    active: 'المرشحات المفعّلة',
    remove: (label) => `إزالة: ${label}`,
    clearAll: 'مسح الكل',
    emptyTitle: 'لا أحداث تطابق هذه المرشحات.',
    emptyBecause: 'ما أفرغ العرض:',
    emptyRemove: (label, count) => `أزل «${label}» (${plural('ar', count, AR_EVENTS)})`,
    emptyNothing: 'لا يعيد إزالة مرشح واحد أي حدث؛ امسح المرشحات كلها.',
    chipPerson: (names, mode) => `${names} (${mode})`,
    chipDates: (from, to) => `من ${from} إلى ${to}`,
    chipText: (q) => `النص: «${q}»`,
    open: 'مفتوح',
    keys: {
      articles: 'المقالة',
      persons: 'الأشخاص',
      personMode: 'جميعهم معًا',
      dates: 'التاريخ',
      types: 'النوع',
      statuses: 'الحالة',
      certainties: 'اليقين',
      countries: 'البلد',
      q: 'النص',
    },
  },
  timeline: {
    heading: 'الخط الزمني',
    plotLabel: 'الأحداث على الخط الزمني',
    plotHelp:
      'الزمن يجري من اليمين إلى اليسار. الأسهم تنقل بين الأحداث (اليسار إلى الأحدث)، وHome وEnd إلى الطرفين، وEnter يختار، و+ و− للتكبير والتصغير.',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة الضبط',
    fit: 'ملاءمة النتائج',
    fitHint: 'اعرض كل الأحداث التي تبقيها عوامل التصفية',
    lanes: 'المسارات',
    lanesByType: 'حسب النوع',
    lanesByPerson: 'حسب المشارك',
    others: 'آخرون',
    unnamed: 'دون مشاركين مسمّين',
    overviewLabel: 'نظرة عامة على كل الأحداث؛ اسحب لاختيار النافذة الزمنية',
    legend: 'مفتاح الرموز',
    legendStated: 'تاريخ مذكور في النص',
    legendInferred: 'تاريخ مستنتج',
    legendOutside: 'تاريخ من مصدر خارجي',
    legendPlanned: 'حدث مرتقب',
    legendOpen: 'طرف مفتوح',
    legendOutsideLink: 'التاريخ الذي تذكره مصادر خارجية',
    undated: 'أحداث بلا تاريخ',
    cluster: (count) => plural('ar', count, AR_CLOSE_EVENTS),
    clusterHint: 'كبّر لرؤيتها',
    window: (from, to) => `النافذة المعروضة: من ${from} إلى ${to}`,
    empty: 'لا أحداث في هذه النافذة.',
    drawingFailed: 'تعذّر تحميل رسم الأحداث الكثيفة.',
  },
  graphPane: {
    heading: 'شبكة المشاركين',
    layingOut: 'جارٍ ترتيب الشبكة…',
    layingOutProgress: (percent) => `جارٍ ترتيب الشبكة… ${formatNumber(percent, 'ar')}٪`,
  },
  types: {
    'phone-call': 'اتصال هاتفي',
    meeting: 'لقاء',
    'press-conference': 'مؤتمر صحفي',
    statement: 'تصريح',
    decision: 'قرار',
    agreement: 'اتفاق',
    communique: 'بيان',
    'planned-visit': 'زيارة مرتقبة',
    'ongoing-contacts': 'اتصالات مستمرة',
  },
  roles: { initiator: 'المبادر', host: 'المضيف', guest: 'الضيف', participant: 'مشارك' },
  statuses: { occurred: 'جرى', planned: 'مرتقب', ongoing: 'مستمر' },
  precisions: { day: 'يوم', month: 'شهر', year: 'سنة', range: 'مدى مفتوح أو تقريبي', unknown: 'غير معروف' },
  certainties: { stated: 'مذكور في النص', inferred: 'مستنتج', outside: 'من مصدر خارجي' },
  kinds: { person: 'شخص', office: 'منصب', organisation: 'هيئة', state: 'دولة' },
};

/** The Arabic strings: the interface's first language, in the first load. */
export const AR_STRINGS = ar;

// English comes in a chunk of its own, fetched by English readers only (the first load carries one
// language, not two).
const loaded = new Map<Lang, Strings>([['ar', ar]]);
const englishCode = retryableImport(() => import('./strings-en.ts'));

/** The strings of `lang` if they are here already (Arabic always is). */
export function stringsIfLoaded(lang: Lang): Strings | undefined {
  return loaded.get(lang);
}

/** Loads the strings of `lang`; a failed load is fetched again by the next call (choosing English again). */
export function loadStrings(lang: Lang): Promise<Strings> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  return englishCode().then((m) => {
    loaded.set('en', m.EN_STRINGS);
    return m.EN_STRINGS;
  });
}
