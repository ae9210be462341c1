import type { UrlNotice } from '../model/url-state.ts';
import { useLocale } from './locale.tsx';

/** A visible, polite notice for every URL parameter that was ignored. */
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  const { t } = useLocale();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t.urlIgnored}</p>
      <ul dir="ltr">
        {notices.map((n) => (
          <li key={`${n.param}=${n.value}`}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            — {n.reason === 'unknown-parameter' ? t.urlUnknown : t.urlExpected(n.expected)}
          </li>
        ))}
      </ul>
    </div>
  );
}
