import '../share/header-controls.css';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import {
  applyTheme,
  readThemeChoice,
  storeThemeChoice,
  type ThemeChoice,
  watchSystemTheme,
} from './theme-choice.ts';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * «المظهر»: light, dark or as the system, kept in localStorage. The first paint already has the theme
 * (index.html's inline script); this keeps it in step with the choice and, for `system`, with the OS.
 */
export function ThemeSwitch() {
  const { lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);

  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [choice]);

  // Three pressed-or-not buttons, as the timeline's lane switch: every choice in view at once.
  return (
    <fieldset className="theme-switch">
      <legend>{m.theme}</legend>
      {CHOICES.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          onClick={() => {
            storeThemeChoice(value);
            setChoice(value);
          }}
        >
          {value === 'system' ? m.themeSystem : value === 'light' ? m.themeLight : m.themeDark}
        </button>
      ))}
    </fieldset>
  );
}
