import { useLocale } from '../i18n/locale.tsx';

/**
 * Stands in for a part of the embed whose code could not be fetched. "Try again" reloads the embed: its
 * address holds all of its state, a reload fetches every failed chunk in any browser (some keep a failed
 * import for the page's life, see src/data/import-again.ts), and it costs the first load nothing more.
 */
export function ReloadNotice() {
  const { t } = useLocale();
  return (
    <div className="status-view error" role="alert">
      <p className="status-title">{t.errorTitle}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
    </div>
  );
}
