import { useLocale } from '../i18n/locale.tsx';
import { URL_NOTICE_STRINGS } from '../i18n/url-notice-strings.ts';
import type { UrlNotice } from '../model/url-state.ts';
import { NoticeList } from './url-notices.tsx';

/** The ignored parameters with why each was ignored, in the interface's language. */
export function WordedNoticeList({ notices }: { notices: UrlNotice[] }) {
  const { lang } = useLocale();
  const t = URL_NOTICE_STRINGS[lang];
  const why = (n: UrlNotice) =>
    n.expected === ''
      ? t.unknown
      : n.reason === 'unknown-value'
        ? t.rules[n.expected]
        : t.expected(t.rules[n.expected]);
  return <NoticeList notices={notices} why={why} />;
}
