import type { Certainty, EntityKind, EventType, Precision, Role, Status } from '../model/article-schema.ts';
import type { Lang } from '../model/format-date.ts';

/** Every piece of interface text, once per language. Arabic is the reference table. */
export interface Strings {
  dir: 'rtl' | 'ltr';
  appName: string;
  quoteOpen: string;
  quoteClose: string;
  tagline: string;
  skipToEvents: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  loading: string;
  loadingDetail: string;
  errorTitle: string;
  errorNetwork: (file: string, detail: string) => string;
  errorJson: (file: string, detail: string) => string;
  errorSchema: (file: string, count: number) => string;
  retry: string;
  urlIgnored: string;
  urlUnknown: string;
  urlExpected: (expected: string) => string;
  unknownEvent: (id: string) => string;
  partialLoad: (loaded: string, failed: string) => string;
  eventsHeading: string;
  eventsCount: (count: string) => string;
  noEvents: string;
  articleHeading: string;
  published: string;
  source: string;
  dateline: string;
  seeAlso: string;
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
  evidence: string;
  paragraph: (n: string) => string;
  notes: string;
  sourcesLabel: string;
  noParticipants: string;
  before: (date: string) => string;
  after: (date: string) => string;
  unknownDate: string;
  timeline: {
    heading: string;
    plotLabel: string;
    plotHelp: string;
    zoomIn: string;
    zoomOut: string;
    reset: string;
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
    cluster: (count: string) => string;
    clusterHint: string;
    window: (from: string, to: string) => string;
    empty: string;
  };
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
  tagline: 'مستكشف الأحداث الدبلوماسية في الأخبار',
  skipToEvents: 'انتقل إلى قائمة الأحداث',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the interface to English',
  loading: 'جارٍ تحميل المقالات…',
  loadingDetail: 'نقرأ المقالات ونتحقق من صحتها.',
  errorTitle: 'تعذّر عرض المقالات',
  errorNetwork: (file, detail) => `تعذّر جلب الملف ${file}: ${detail}`,
  errorJson: (file, detail) => `الملف ${file} ليس JSON صالحًا: ${detail}`,
  errorSchema: (file, count) => `الملف ${file} لا يطابق مخطط المقالة (${count} مشكلة):`,
  retry: 'أعد المحاولة',
  urlIgnored: 'تجاهلنا في الرابط ما لم نفهمه، وهذا ما يُعرض دونه:',
  urlUnknown: 'معامل غير معروف',
  urlExpected: (expected) => `القيمة غير صالحة؛ المتوقع: ${expected}`,
  unknownEvent: (id) => `لا يوجد حدث بالمعرّف "${id}".`,
  partialLoad: (loaded, failed) => `حُمّلت ${loaded} مقالة، ورُفضت ${failed}:`,
  eventsHeading: 'الأحداث',
  eventsCount: (count) => `${count} حدثًا بالترتيب الزمني`,
  noEvents: 'لا أحداث في هذه المقالات.',
  articleHeading: 'نص المقالة',
  published: 'تاريخ النشر',
  source: 'المصدر',
  dateline: 'مكان النشر',
  seeAlso: 'انظر أيضًا (ليس جزءًا من هذا التقرير)',
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
  evidence: 'الدليل في النص',
  paragraph: (n) => `الفقرة ${n}`,
  notes: 'ملاحظات من خارج المقالة',
  sourcesLabel: 'المصادر',
  noParticipants: 'لا يسمّي النص مشاركين',
  before: (date) => `قبل ${date}`,
  after: (date) => `بعد ${date}`,
  unknownDate: 'تاريخ غير معروف',
  timeline: {
    heading: 'الخط الزمني',
    plotLabel: 'الأحداث على الخط الزمني',
    plotHelp:
      'الزمن يجري من اليمين إلى اليسار. الأسهم تنقل بين الأحداث (اليسار إلى الأحدث)، وHome وEnd إلى الطرفين، وEnter يختار، و+ و− للتكبير والتصغير.',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة الضبط',
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
    cluster: (count) => `${count} أحداث متقاربة`,
    clusterHint: 'كبّر لرؤيتها',
    window: (from, to) => `النافذة المعروضة: من ${from} إلى ${to}`,
    empty: 'لا أحداث في هذه النافذة.',
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

const en: Strings = {
  dir: 'ltr',
  appName: 'Rasd',
  quoteOpen: '“',
  quoteClose: '”',
  tagline: 'An explorer of diplomatic events in the news',
  skipToEvents: 'Skip to the list of events',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'التبديل إلى الواجهة العربية',
  loading: 'Loading articles…',
  loadingDetail: 'Reading the articles and checking them.',
  errorTitle: 'The articles could not be shown',
  errorNetwork: (file, detail) => `Could not fetch ${file}: ${detail}`,
  errorJson: (file, detail) => `${file} is not valid JSON: ${detail}`,
  errorSchema: (file, count) => `${file} does not match the article schema (${count} problems):`,
  retry: 'Try again',
  urlIgnored: 'Parts of the link were not understood and are ignored; the view below is shown without them:',
  urlUnknown: 'unknown parameter',
  urlExpected: (expected) => `not a valid value; expected ${expected}`,
  unknownEvent: (id) => `There is no event with the id "${id}".`,
  partialLoad: (loaded, failed) => `${loaded} articles loaded, ${failed} rejected:`,
  eventsHeading: 'Events',
  eventsCount: (count) => `${count} events in time order`,
  noEvents: 'These articles report no events.',
  articleHeading: 'Article text',
  published: 'Published',
  source: 'Source',
  dateline: 'Dateline',
  seeAlso: 'See also (not part of this report)',
  evidenceOf: (titles) => `Evidence for: ${titles}`,
  detailsHeading: 'Event details',
  detailsEmpty: 'Choose an event in the list or a highlighted sentence in the text to see its details.',
  clearSelection: 'Clear selection',
  date: 'Date',
  dateAsWritten: 'As written',
  noDateInText: 'The text gives no date',
  relativeToPublication: 'relative to the publication date',
  relativeToEvent: (title) => `relative to: ${title}`,
  absoluteDate: 'absolute date',
  outsideDate: 'Date from an outside source',
  inferenceRule: 'How it was inferred',
  participants: 'Participants',
  mentioned: 'Mentioned, not taking part',
  place: 'Place',
  attribution: 'Reported by',
  chainSeparator: ' → ',
  evidence: 'Evidence in the text',
  paragraph: (n) => `Paragraph ${n}`,
  notes: 'Notes from outside the article',
  sourcesLabel: 'Sources',
  noParticipants: 'The text names no participants',
  before: (date) => `before ${date}`,
  after: (date) => `after ${date}`,
  unknownDate: 'date unknown',
  timeline: {
    heading: 'Timeline',
    plotLabel: 'Events on the timeline',
    plotHelp:
      'Time runs left to right. Arrow keys move between events (right is later), Home and End jump to the ends, Enter selects, + and − zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset',
    lanes: 'Lanes',
    lanesByType: 'By type',
    lanesByPerson: 'By participant',
    others: 'Others',
    unnamed: 'No named participant',
    overviewLabel: 'Overview of all events; drag to choose the time window',
    legend: 'Legend',
    legendStated: 'date stated in the text',
    legendInferred: 'inferred date',
    legendOutside: 'date from an outside source',
    legendPlanned: 'planned event',
    legendOpen: 'open end',
    legendOutsideLink: 'date given by outside sources',
    undated: 'Undated events',
    cluster: (count) => `${count} events close together`,
    clusterHint: 'zoom in to tell them apart',
    window: (from, to) => `Window shown: ${from} to ${to}`,
    empty: 'No events in this window.',
  },
  types: {
    'phone-call': 'Phone call',
    meeting: 'Meeting',
    'press-conference': 'Press conference',
    statement: 'Statement',
    decision: 'Decision',
    agreement: 'Agreement',
    communique: 'Communiqué',
    'planned-visit': 'Planned visit',
    'ongoing-contacts': 'Ongoing contacts',
  },
  roles: { initiator: 'initiator', host: 'host', guest: 'guest', participant: 'participant' },
  statuses: { occurred: 'occurred', planned: 'planned', ongoing: 'ongoing' },
  precisions: {
    day: 'day',
    month: 'month',
    year: 'year',
    range: 'open or approximate range',
    unknown: 'unknown',
  },
  certainties: { stated: 'stated in the text', inferred: 'inferred', outside: 'from an outside source' },
  kinds: { person: 'person', office: 'office', organisation: 'organisation', state: 'state' },
};

/** The strings tables, Arabic first. */
export const STRINGS: Record<Lang, Strings> = { ar, en };
