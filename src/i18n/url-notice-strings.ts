import type { Lang } from '../model/format-date.ts';
import { MAX_SOURCES, type UrlRule, VIEWS } from '../model/url-state.ts';
import { CERTAINTIES, EVENT_TYPES, STATUSES } from '../model/vocabulary.ts';

/**
 * Why each ignored part of a link was ignored, apart from the main catalogue: these words load when a
 * link with something wrong in it is opened (app/url-notices.tsx), so neither page's first load
 * carries them. The notice's heading stays in the catalogue (`urlIgnored`).
 */
export interface UrlNoticeStrings {
  unknown: string;
  expected: (expected: string) => string;
  /** What each URL parameter's value must be (see UrlRule), in words. */
  rules: Record<Exclude<UrlRule, ''>, string>;
}

/** Arabic first, English second. */
export const URL_NOTICE_STRINGS: Record<Lang, UrlNoticeStrings> = {
  ar: {
    unknown: 'معامل غير معروف',
    expected: (expected) => `القيمة غير صالحة؛ المتوقع: ${expected}`,
    rules: {
      'article-ids': 'معرّفات مقالات (حروف لاتينية صغيرة وأرقام وشَرطات)',
      'entity-ids': 'معرّفات أشخاص أو جهات (حروف لاتينية صغيرة وأرقام وشَرطات)',
      'any-all': 'أيٌّ من الأشخاص المختارين أو جميعهم معًا',
      types: 'أنواع أحداث يعرفها رصد',
      countries: 'رموز دول من حرفين لاتينيين كبيرين',
      statuses: 'حالات أحداث يعرفها رصد',
      certainties: 'درجات يقين يعرفها رصد',
      date: 'تاريخ بالأرقام: السنة ثم الشهر ثم اليوم، بينها شَرطات',
      'date-after-from': 'تاريخ لا يسبق تاريخ البداية',
      text: 'نص لا يزيد على ٢٠٠ حرف',
      window: 'تاريخان بالأرقام بينهما نقطتان، والأول لا يلي الثاني',
      'event-id': 'معرّف حدث',
      views: 'عروض يعرفها رصد: الخط الزمني والشبكة والمقالة والقائمة',
      lanes: 'المسارات حسب النوع أو حسب المشارك',
      lang: 'العربية أو الإنجليزية',
      address: 'عنوان لا يزيد على ٢٬٠٠٠ حرف',
      'max-sources': 'عشرون عنوانًا على الأكثر في الرابط الواحد',
      'yes-no': 'نعم أو لا',
      'known-article': 'لا مقالة محمّلة بهذا المعرّف',
      'known-person': 'لا شخص ولا جهة بهذا المعرّف في المقالات المحمّلة',
      'known-country': 'لا مشارك من هذا البلد في المقالات المحمّلة',
    },
  },
  en: {
    unknown: 'unknown parameter',
    expected: (expected) => `not a valid value; expected ${expected}`,
    rules: {
      'article-ids': 'article ids (lower-case letters, digits and hyphens)',
      'entity-ids': 'entity ids such as lavrov (lower-case letters, digits and hyphens)',
      'any-all': 'any or all',
      types: `event types: ${EVENT_TYPES.join(', ')}`,
      countries: 'ISO country codes such as RU',
      statuses: `statuses: ${STATUSES.join(', ')}`,
      certainties: `certainties: ${CERTAINTIES.join(', ')}`,
      date: 'a date written YYYY-MM-DD',
      'date-after-from': 'a date on or after the from date',
      text: 'text of at most 200 characters',
      window: 'two dates written YYYY-MM-DD..YYYY-MM-DD, the first not after the second',
      'event-id': 'an event id',
      views: `views: ${VIEWS.join(', ')}`,
      lanes: 'type or person',
      lang: 'ar or en',
      address: 'an address of at most 2,000 characters',
      'max-sources': `at most ${MAX_SOURCES} addresses in one link`,
      'yes-no': 'yes or no',
      'known-article': 'no loaded article has this id',
      'known-person': 'no person or body in the loaded articles has this id',
      'known-country': 'no participant in the loaded articles is from this country',
    },
  },
};
