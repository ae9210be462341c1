import type { WhenRecord } from '../article-schema.ts';
import type { Status } from '../vocabulary.ts';

type Bilingual = { ar: string; en: string };

/** The rules written into a drafted date that the text does not state, in both languages. */
export const NO_DATE_RULE: Bilingual = {
  ar: 'لا يذكر النص تاريخًا لهذا الحدث؛ ما وقع منه كان في يوم النشر أو قبله',
  en: 'The text gives no date for this event; what happened did so on or before the day of publication',
};
/** News tells events in order: one the text does not date happened on the day it last named. */
export const LAST_DATE_RULE: Bilingual = {
  ar: 'آخر تاريخ ذكره النص قبله',
  en: 'The date the text last gave before it',
};
export const AFTER_EVENT_RULE: Bilingual = {
  ar: 'يوم الحدث الذي يحيل إليه النص («في أعقاب هذا اللقاء»)',
  en: 'The day of the event the text refers back to ("after this meeting")',
};

/**
 * The date of an event the text gives none for: what happened did so on or before the day of
 * publication, what is planned comes on or after it, what goes on has no date. Never a guessed day.
 */
export function undated(status: Status, published: string): WhenRecord {
  if (status === 'ongoing')
    return {
      text: null,
      relativeTo: { kind: 'publication' },
      start: null,
      end: null,
      precision: 'unknown',
      certainty: 'inferred',
      rule: NO_DATE_RULE,
    };
  return {
    text: null,
    relativeTo: { kind: 'publication' },
    start: status === 'planned' ? published : null,
    end: status === 'planned' ? null : published,
    precision: 'range',
    certainty: 'inferred',
    rule: NO_DATE_RULE,
  };
}
