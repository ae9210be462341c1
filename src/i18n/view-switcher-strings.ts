import type { Lang } from '../model/format-date.ts';
import type { View } from '../model/url-state.ts';

/** The words of the view switcher: which views are on screen (the URL's `view`). */
export interface ViewSwitcherStrings {
  /** The group's name. */
  legend: string;
  /** Each view's button. */
  views: Record<View, string>;
  /** Why the last view shown cannot be switched off. */
  lastOne: string;
}

/** Arabic first, English second. */
export const VIEW_SWITCHER_STRINGS: Record<Lang, ViewSwitcherStrings> = {
  ar: {
    legend: 'العروض',
    views: { timeline: 'الخط الزمني', graph: 'شبكة المشاركين', article: 'نص المقالة', list: 'قائمة الأحداث' },
    lastOne: 'يبقى عرض واحد على الأقل',
  },
  en: {
    legend: 'Views',
    views: { timeline: 'Timeline', graph: 'Participant graph', article: 'Article text', list: 'Event list' },
    lastOne: 'At least one view stays on screen',
  },
};
