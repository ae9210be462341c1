import type { Strings } from '../i18n/strings.ts';

/**
 * "The articles could not be shown" and Try again, which reloads the page: its address holds its
 * state, and a reload fetches every failed chunk in any browser (some keep a failed import for the
 * page's life, see src/data/import-again.ts). Given its words, so startApp can show it above every
 * provider, when the page's own tree is gone.
 */
export function ReloadMessage({ t }: { t: Strings }) {
  return (
    <div className="status-view error" role="alert">
      <p className="status-title">{t.errorTitle}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
    </div>
  );
}
