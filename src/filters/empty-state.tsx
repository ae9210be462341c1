import { useLocale } from '../i18n/locale.tsx';
import type { FilterState } from '../model/filter-events.ts';
import { describeEmptiness, type FilterKey } from '../model/filter-facets.ts';
import type { FilterIndex } from '../model/filter-index.ts';
import type { UrlState } from '../model/url-state.ts';

const CLEAR: Record<FilterKey, Partial<UrlState>> = {
  articles: { article: [] },
  persons: { person: [] },
  personMode: { mode: 'any' },
  dates: { from: null, to: null },
  types: { type: [] },
  statuses: { status: [] },
  certainties: { certainty: [] },
  countries: { country: [] },
  q: { q: '' },
};

/** When the filters leave nothing: which filter emptied the view, and a button to lift each. */
export function EmptyState({
  index,
  filter,
  update,
}: {
  index: FilterIndex;
  filter: FilterState;
  update: (patch: Partial<UrlState>) => void;
}) {
  const { t } = useLocale();
  const causes = describeEmptiness(index, filter);
  return (
    <div className="empty-state" role="status">
      <p className="status-title">{t.filters.emptyTitle}</p>
      {causes.length > 0 ? (
        <>
          <p>{t.filters.emptyBecause}</p>
          <ul>
            {causes.map((cause) => (
              <li key={cause.filter}>
                <button type="button" onClick={() => update(CLEAR[cause.filter])}>
                  {t.filters.emptyRemove(t.filters.keys[cause.filter], cause.count)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.filters.emptyNothing}</p>
      )}
    </div>
  );
}
