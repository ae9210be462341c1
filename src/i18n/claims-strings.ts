import type { ClaimField } from '../model/claims.ts';
import type { Lang } from '../model/format-date.ts';
import { MARK_CLAIMS_STRINGS } from './mark-claims-strings.ts';
import { plural } from './plural.ts';

/** The words of what each source says about an event several articles report. */
export interface ClaimsStrings {
  /** Heading of the claims in the details panel. */
  heading: string;
  /** "Reported by N articles", every plural form. */
  reportedBy: (count: number) => string;
  /** Said when every source agrees on the fields shown. */
  agreed: string;
  /** Heading of the list of fields the sources give differently. */
  differ: string;
  /** The name of a field in which sources differ. */
  fields: Record<ClaimField, string>;
  /** How the value shown for the field was chosen. */
  rules: Partial<Record<ClaimField, string>>;
  /** An article published before the event began, qualifying its outlet. */
  beforeIt: string;
  /** The outlet and publication day of one claim. */
  publishedOn: (day: string) => string;
  /** No place, no initiator: what a claim without the field says. */
  notSaid: string;
  /** The timeline marker's accessible name (and its tooltip); added to the event's name. */
  disputed: string;
  /** Separates the sources in one disagreement line. */
  sourceSeparator: string;
  /** On the timeline: the day an earlier report said the event was planned for. */
  plannedFor: string;
  /** In the article menu: how many of the article's events other loaded articles report too. */
  shared: (count: number) => string;
  /** Labels of what a version 2 record adds to a report: time of day, quotes, the article's sources. */
  report: {
    timeOfDay: string;
    quotes: string;
    speech: Record<'direct' | 'reported', string>;
    sources: string;
    sourceKinds: Record<'wire' | 'outlet' | 'official' | 'anonymous', string>;
  };
}

/** Every string of the claims views in Arabic and English. */
export const CLAIMS_STRINGS: Record<Lang, ClaimsStrings> = {
  ar: {
    heading: 'ما يقوله كل مصدر',
    reportedBy: (n) =>
      plural('ar', n, {
        zero: 'لا يرويه أي مقال',
        one: 'يرويه مقال واحد',
        two: 'يرويه مقالان',
        few: 'يرويه # مقالات',
        many: 'يرويه # مقالًا',
        other: 'يرويه # مقال',
      }),
    agreed: 'تتفق المصادر على النوع والتاريخ والحالة والمكان والمشاركين.',
    differ: 'تختلف المصادر في',
    fields: {
      type: 'النوع',
      when: 'التاريخ',
      time: 'الوقت من اليوم',
      status: 'الحالة',
      place: 'المكان',
      participants: 'المشاركون',
      initiator: 'صاحب المبادرة',
    },
    rules: {
      when: 'المعروض: ما قاله تقرير عن وقوعه قبل موعد مُعلَن، والمصرَّح به قبل المستنتَج فالخارجي، ثم أضيق مدة تتفق مع البقية.',
      status: 'المعروض: ما قاله أحدث تقرير نُشر بعد وقوع الحدث.',
      type: 'المعروض: ما قاله أحدث تقرير نُشر بعد وقوع الحدث.',
    },
    beforeIt: 'قبل وقوعه',
    publishedOn: (day) => `نُشر ${day}`,
    notSaid: 'لا يذكره',
    disputed: MARK_CLAIMS_STRINGS.ar.disputed,
    sourceSeparator: '؛ ',
    plannedFor: MARK_CLAIMS_STRINGS.ar.plannedFor,
    shared: (n) =>
      plural('ar', n, {
        one: 'حدث واحد مشترك مع مقالات أخرى',
        two: 'حدثان مشتركان مع مقالات أخرى',
        few: '# أحداث مشتركة مع مقالات أخرى',
        many: '# حدثًا مشتركًا مع مقالات أخرى',
        other: '# حدث مشترك مع مقالات أخرى',
      }),
    report: {
      timeOfDay: 'الوقت من اليوم',
      quotes: 'أقوال منقولة',
      speech: { direct: 'نص مباشر', reported: 'قول منقول بالمعنى' },
      sources: 'مصادر الخبر',
      sourceKinds: {
        wire: 'وكالة أنباء',
        outlet: 'وسيلة إعلام',
        official: 'جهة رسمية',
        anonymous: 'مصدر غير مسمّى',
      },
    },
  },
  en: {
    heading: 'What each source says',
    reportedBy: (n) => plural('en', n, { one: 'Reported by one article', other: 'Reported by # articles' }),
    agreed: 'The sources agree on type, date, status, place and participants.',
    differ: 'The sources differ on',
    fields: {
      type: 'Type',
      when: 'Date',
      time: 'Time of day',
      status: 'Status',
      place: 'Place',
      participants: 'Participants',
      initiator: 'Initiator',
    },
    rules: {
      when: 'Shown: a report that it happened before a plan’s date, a stated date before an inferred one before an outside one, then the narrowest that fits the others.',
      status: 'Shown: what the latest report published after the event says.',
      type: 'Shown: what the latest report published after the event says.',
    },
    beforeIt: 'before it happened',
    publishedOn: (day) => `published ${day}`,
    notSaid: 'does not say',
    disputed: MARK_CLAIMS_STRINGS.en.disputed,
    sourceSeparator: ' · ',
    plannedFor: MARK_CLAIMS_STRINGS.en.plannedFor,
    shared: (n) =>
      plural('en', n, {
        one: 'one event shared with other articles',
        other: '# events shared with other articles',
      }),
    report: {
      timeOfDay: 'Time of day',
      quotes: 'Quoted',
      speech: { direct: 'direct speech', reported: 'reported speech' },
      sources: 'Sources of the story',
      sourceKinds: {
        wire: 'news agency',
        outlet: 'outlet',
        official: 'official',
        anonymous: 'unnamed source',
      },
    },
  },
};
