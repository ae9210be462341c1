import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReloadMessage } from '../ui/reload-message.tsx';
import { AR_STRINGS, loadStrings, type Strings } from './strings.ts';

/**
 * Renders a page's app once the strings of the reader's language are here: Arabic is in the first load,
 * English is fetched first for a link that asks for it, so no page draws in one language and then the
 * other.
 *
 * A fault that no view's own boundary catches makes React unmount the whole page. Rather than leave
 * it blank, the page then says it could not show the articles and offers a reload, in the reader's
 * language; once only, so a notice that failed too cannot loop.
 */
export function startApp(app: ReactNode): void {
  const element = document.getElementById('root');
  if (!element) return;
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'ar';
  const render = (t: Strings) => {
    let failed = false;
    const root = createRoot(element, {
      onUncaughtError(error, info) {
        console.error('Rasd failed', error, info.componentStack);
        if (failed) return;
        failed = true;
        setTimeout(() => root.render(<ReloadMessage t={t} />));
      },
    });
    root.render(<StrictMode>{app}</StrictMode>);
  };
  // If English cannot be fetched the page still draws (in Arabic), rather than staying blank.
  loadStrings(lang).then(render, () => render(AR_STRINGS));
}
