import { useLocale } from '../i18n/locale.tsx';
import { clipText } from '../model/clip-text.ts';
import type { UrlNotice } from '../model/url-state.ts';

/** A visible, polite notice for every URL parameter that was ignored. */
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  const { t } = useLocale();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t.urlIgnored}</p>
      <ul>
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one parameter can be ignored twice with one value
          <li key={i}>
            {/* A piece of a web address, whose syntax reads left to right in either language. */}
            <code dir="ltr">
              <bdi>{clipText(n.param, 100)}</bdi>=<bdi>{clipText(n.value, 200)}</bdi>
            </code>
            {' — '}
            {n.expected === ''
              ? t.urlUnknown
              : n.reason === 'unknown-value'
                ? t.urlRules[n.expected]
                : t.urlExpected(t.urlRules[n.expected])}
          </li>
        ))}
      </ul>
    </div>
  );
}
