import { useLocale } from '../i18n/locale.tsx';

/** What is shown while the corpus loads: a status a screen reader announces, not a blank page. */
export function LoadingView() {
  const { t } = useLocale();
  return (
    <div className="status-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p className="status-title">{t.loading}</p>
      <p className="muted">{t.loadingDetail}</p>
    </div>
  );
}
