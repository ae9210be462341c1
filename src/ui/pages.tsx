import { useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { formatNumber } from '../model/format-date.ts';

/**
 * A long list shown `page` items at a time: how many to show now, always reaching the selected item
 * (a list of 100,000 buttons would freeze the page), and the "show more" button when there are more.
 */
export function usePages(items: readonly { id: string }[], selectedId: string | null, page: number) {
  const [limit, setLimit] = useState(page);
  const selectedAt = selectedId ? items.findIndex((item) => item.id === selectedId) : -1;
  const shown = Math.min(items.length, Math.max(limit, selectedAt + 1));
  const more =
    shown < items.length ? (
      <ShowMore
        next={Math.min(page, items.length - shown)}
        left={items.length - shown}
        onMore={() => setLimit(shown + page)}
      />
    ) : null;
  return { shown, more };
}

function ShowMore({ next, left, onMore }: { next: number; left: number; onMore: () => void }) {
  const { t, lang } = useLocale();
  return (
    <button type="button" className="quiet show-more" onClick={onMore}>
      {t.showMore(formatNumber(next, lang), formatNumber(left, lang))}
    </button>
  );
}
