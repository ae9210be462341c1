import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadStrings } from './strings.ts';

/**
 * Renders a page's app once the strings of the reader's language are here: Arabic is in the first load,
 * English is fetched first for a link that asks for it, so no page draws in one language and then the
 * other.
 */
export function startApp(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'ar';
  const render = () => createRoot(root).render(<StrictMode>{app}</StrictMode>);
  // If English cannot be fetched the page still draws (in Arabic), rather than staying blank.
  loadStrings(lang).then(render, render);
}
