import { clipText } from '../model/clip-text.ts';
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
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one parameter can be ignored twice with one value
          <li key={i}>
            <code>
              <bdi>{clipText(n.param, 100)}</bdi>=<bdi>{clipText(n.value, 200)}</bdi>
            </code>{' '}
            — {n.reason === 'unknown-parameter' ? t.urlUnknown : t.urlExpected(n.expected)}
          </li>
        ))}
      </ul>
    </div>
  );
}
