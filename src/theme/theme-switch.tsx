import '../share/header-controls.css';
import { useEffect, useId, useState } from 'react';
import { useLocale } from '../app/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import {
  applyTheme,
  readThemeChoice,
  storeThemeChoice,
  type ThemeChoice,
  watchSystemTheme,
} from './theme-choice.ts';

/**
 * «المظهر»: light, dark or as the system, kept in localStorage. The first paint already has the theme
 * (index.html's inline script); this keeps it in step with the choice and, for `system`, with the OS.
 */
export function ThemeSwitch() {
  const { lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);

  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [choice]);

  return (
    <span className="theme-switch">
      <label htmlFor={id}>{m.theme}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          storeThemeChoice(next);
          setChoice(next);
        }}
      >
        <option value="system">{m.themeSystem}</option>
        <option value="light">{m.themeLight}</option>
        <option value="dark">{m.themeDark}</option>
      </select>
    </span>
  );
}
