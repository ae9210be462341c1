import { type ComponentType, lazy, Suspense } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { clipText } from '../model/clip-text.ts';
import type { UrlNotice } from '../model/url-state.ts';

interface ListProps {
  notices: UrlNotice[];
}

/** Each ignored parameter as it was written, with why it was ignored when `why` is given. */
export function NoticeList({ notices, why }: ListProps & { why?: (notice: UrlNotice) => string }) {
  return (
    <ul>
      {notices.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one parameter can be ignored twice with one value
        <li key={i}>
          {/* A piece of a web address, whose syntax reads left to right in either language. */}
          <code dir="ltr">
            <bdi>{clipText(n.param, 100)}</bdi>=<bdi>{clipText(n.value, 200)}</bdi>
          </code>
          {why ? ` — ${why(n)}` : null}
        </li>
      ))}
    </ul>
  );
}

// The words saying why come with their own code, fetched when a link first has something to ignore.
// Until then, and if that code cannot be fetched, the parameters are listed without them.
const WordedList = lazy<ComponentType<ListProps>>(() =>
  import('./url-notice-words.tsx').then(
    (m) => ({ default: m.WordedNoticeList }),
    () => ({ default: NoticeList }),
  ),
);

/** A visible, polite notice for every URL parameter that was ignored. */
export function UrlNotices({ notices }: ListProps) {
  const { t } = useLocale();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t.urlIgnored}</p>
      <Suspense fallback={<NoticeList notices={notices} />}>
        <WordedList notices={notices} />
      </Suspense>
    </div>
  );
}
