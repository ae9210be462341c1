import type { Lang } from '../model/format-date.ts';

/**
 * What is said when a part of a page that loads on demand cannot be fetched: kept apart from the main
 * catalogue so that only the pages with such a part carry these words (not the embed's first load).
 */
export const LOAD_PART_STRINGS: Record<
  Lang,
  { graph: string; checker: string; details: string; detailsLoading: string; retry: string }
> = {
  ar: {
    graph: 'تعذّر تحميل شبكة المشاركين.',
    checker: 'تعذّر تحميل أداة فحص السجل، فلم يُفحص بعد.',
    details: 'تعذّر تحميل تفاصيل الحدث.',
    detailsLoading: 'جارٍ تحميل تفاصيل الحدث…',
    retry: 'أعد المحاولة',
  },
  en: {
    graph: 'The participant graph could not be loaded.',
    checker: 'The record checker could not be loaded, so the record is not checked yet.',
    details: 'The event’s details could not be loaded.',
    detailsLoading: 'Loading the event’s details…',
    retry: 'Try again',
  },
};
