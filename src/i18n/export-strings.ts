import type { IcsLabels } from '../model/export/events-ics.ts';
import type { Lang } from '../model/format-date.ts';
import { type PluralForms, plural } from './plural.ts';
import { AR_EVENTS } from './strings.ts';

/** What the export menu offers, one entry per file. */
export type ExportFormat =
  | 'csv'
  | 'json'
  | 'records'
  | 'ics'
  | 'graphml'
  | 'gexf'
  | 'timeline-svg'
  | 'timeline-png'
  | 'graph-svg'
  | 'graph-png';

/** The words of the export menu, its announcements and the pictures' captions. */
export interface ExportStrings {
  menuLabel: string;
  formats: Record<ExportFormat, string>;
  groups: { events: string; graph: string; pictures: string };
  working: string;
  failed: (detail: string) => string;
  /** Announced once a file is saved. */
  saved: (file: string, count: number) => string;
  /** Added when the calendar left some events out. */
  leftOut: (count: number) => string;
  ics: IcsLabels;
  picture: {
    timelineTitle: string;
    graphTitle: string;
    /** "Source: Rasd, from <outlets>". */
    source: (outlets: string) => string;
    exported: (date: string) => string;
    /** Between the date and the count (in Arabic not a middle dot, which reads as the digit zero). */
    separator: string;
    filters: (parts: string) => string;
    noFilter: string;
    people: (names: string) => string;
    allTogether: string;
    types: (names: string) => string;
    from: (date: string) => string;
    to: (date: string) => string;
    text: (q: string) => string;
    countries: (codes: string) => string;
    statuses: (names: string) => string;
    certainties: (names: string) => string;
    articles: (ids: string) => string;
    events: (count: number) => string;
    undated: (count: number) => string;
  };
}

const AR_LEFT_OUT: PluralForms = {
  zero: '',
  one: 'تُرك حدث واحد بلا تاريخ كامل خارج التقويم.',
  two: 'تُرك حدثان بلا تاريخ كامل خارج التقويم.',
  few: 'تُركت # أحداث بلا تاريخ كامل خارج التقويم.',
  many: 'تُرك # حدثًا بلا تاريخ كامل خارج التقويم.',
  other: 'تُرك # حدث بلا تاريخ كامل خارج التقويم.',
};
const AR_UNDATED: PluralForms = {
  zero: '',
  one: 'وحدث واحد بلا تاريخ',
  two: 'وحدثان بلا تاريخ',
  few: 'و# أحداث بلا تاريخ',
  many: 'و# حدثًا بلا تاريخ',
  other: 'و# حدث بلا تاريخ',
};

/** Arabic first, English second. */
export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  ar: {
    menuLabel: 'تصدير ما تبقيه المرشحات',
    formats: {
      csv: 'جدول CSV (للجداول الإلكترونية)',
      json: 'الأحداث بصيغة JSON',
      records: 'سجلات المقالات (JSON)',
      ics: 'تقويم (‎.ics)',
      graphml: 'شبكة المشاركين (GraphML)',
      gexf: 'شبكة المشاركين (GEXF لبرنامج Gephi)',
      'timeline-svg': 'صورة الخط الزمني (SVG)',
      'timeline-png': 'صورة الخط الزمني (PNG)',
      'graph-svg': 'صورة الشبكة (SVG)',
      'graph-png': 'صورة الشبكة (PNG)',
    },
    groups: { events: 'الأحداث', graph: 'الشبكة', pictures: 'الصور' },
    working: 'يُعَدّ الملف…',
    failed: (detail) => `تعذّر التصدير: ${detail}`,
    saved: (file, count) => `حُفظ ${file}: ${plural('ar', count, AR_EVENTS)}.`,
    leftOut: (count) => plural('ar', count, AR_LEFT_OUT),
    ics: {
      calendar: 'رصد',
      asWritten: 'التاريخ كما ورد',
      date: 'دقة التاريخ',
      participants: 'المشاركون',
    },
    picture: {
      timelineTitle: 'رصد: الخط الزمني للأحداث الدبلوماسية',
      graphTitle: 'رصد: شبكة المشاركين في الأحداث الدبلوماسية',
      source: (outlets) => `المصدر: رصد، نقلًا عن ${outlets}`,
      exported: (date) => `صُدِّرت في ${date}`,
      separator: ' — ',
      filters: (parts) => `المرشحات: ${parts}`,
      noFilter: 'كل الأحداث',
      people: (names) => `الأشخاص: ${names}`,
      allTogether: 'معًا',
      types: (names) => `النوع: ${names}`,
      from: (date) => `من ${date}`,
      to: (date) => `إلى ${date}`,
      text: (q) => `النص: «${q}»`,
      countries: (codes) => `البلد: ${codes}`,
      statuses: (names) => `الحالة: ${names}`,
      certainties: (names) => `اليقين: ${names}`,
      articles: (ids) => `المقالات: ${ids}`,
      events: (count) => plural('ar', count, AR_EVENTS),
      undated: (count) => plural('ar', count, AR_UNDATED),
    },
  },
  en: {
    menuLabel: 'Export what the filters keep',
    formats: {
      csv: 'Spreadsheet (CSV)',
      json: 'Events as JSON',
      records: 'Article records (JSON)',
      ics: 'Calendar (.ics)',
      graphml: 'Participant graph (GraphML)',
      gexf: 'Participant graph (GEXF, for Gephi)',
      'timeline-svg': 'Timeline picture (SVG)',
      'timeline-png': 'Timeline picture (PNG)',
      'graph-svg': 'Graph picture (SVG)',
      'graph-png': 'Graph picture (PNG)',
    },
    groups: { events: 'Events', graph: 'Graph', pictures: 'Pictures' },
    working: 'Preparing the file…',
    failed: (detail) => `The export failed: ${detail}`,
    saved: (file, count) => `Saved ${file}: ${plural('en', count, { one: '# event', other: '# events' })}.`,
    leftOut: (count) =>
      plural('en', count, {
        zero: '',
        one: 'One event without a whole date was left out of the calendar.',
        other: '# events without a whole date were left out of the calendar.',
      }),
    ics: {
      calendar: 'Rasd',
      asWritten: 'Date as written',
      date: 'Date precision',
      participants: 'Participants',
    },
    picture: {
      timelineTitle: 'Rasd: timeline of diplomatic events',
      graphTitle: 'Rasd: participants in diplomatic events',
      source: (outlets) => `Source: Rasd, from ${outlets}`,
      exported: (date) => `Exported ${date}`,
      separator: ' · ',
      filters: (parts) => `Filters: ${parts}`,
      noFilter: 'all events',
      people: (names) => `people: ${names}`,
      allTogether: 'all together',
      types: (names) => `type: ${names}`,
      from: (date) => `from ${date}`,
      to: (date) => `to ${date}`,
      text: (q) => `text: “${q}”`,
      countries: (codes) => `country: ${codes}`,
      statuses: (names) => `status: ${names}`,
      certainties: (names) => `certainty: ${names}`,
      articles: (ids) => `articles: ${ids}`,
      events: (count) => plural('en', count, { one: '# event', other: '# events' }),
      undated: (count) => plural('en', count, { zero: '', one: 'and one undated', other: 'and # undated' }),
    },
  },
};
