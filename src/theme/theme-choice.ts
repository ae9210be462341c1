/** What the reader chose: a fixed theme, or whatever the system prefers (the default). */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** The theme actually applied. */
export type Theme = 'light' | 'dark';

/** The localStorage key; index.html's inline script reads the same one before the first paint. */
export const THEME_KEY = 'rasd-theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The stored choice; `system` when none is stored or storage is refused (a sandboxed frame). */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Keeps the choice for the next visit; `system` is kept as no entry at all. */
export function storeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

/** The theme a choice means now. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Whether the system asks for dark colours. */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Sets `data-theme` on <html>, which app.css's custom properties follow. */
export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice, systemPrefersDark());
}

/** Calls `onChange` when the system's preference changes; returns the unsubscribe. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
