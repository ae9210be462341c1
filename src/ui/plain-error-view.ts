import { createElement } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/**
 * "The articles could not be shown" and "Try again", for when even the code that words a failure could
 * not be fetched: no chunk of its own, and as small as it can be, for it is in every page's first load.
 */
export function PlainErrorView({ onRetry }: { onRetry: () => void }) {
  const { t } = useLocale();
  return createElement(
    'div',
    { className: 'status-view error', role: 'alert' },
    createElement('p', { className: 'status-title' }, t.errorTitle),
    createElement('button', { type: 'button', onClick: onRetry }, t.retry),
  );
}
