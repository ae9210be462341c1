import type { Lang } from '../model/format-date.ts';

/**
 * The two claims phrases the timeline's marks carry (a disputed event, a day a plan named): apart from
 * the rest of the claims words, which only the details and the article list need, so the timeline's
 * first draw does not fetch them.
 */
export const MARK_CLAIMS_STRINGS: Record<Lang, { disputed: string; plannedFor: string }> = {
  ar: { disputed: 'المصادر مختلفة', plannedFor: 'الموعد الذي أعلنه تقرير سابق' },
  en: { disputed: 'sources disagree', plannedFor: 'The day an earlier report planned it for' },
};
