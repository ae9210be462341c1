// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, readThemeChoice, resolveTheme, storeThemeChoice, THEME_KEY } from './theme-choice.ts';

function systemDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && dark,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the theme choice', () => {
  it('resolves system to what the system prefers, and a fixed choice to itself', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('is kept under rasd-theme, system as no entry, and anything else stored reads as system', () => {
    expect(readThemeChoice()).toBe('system');
    storeThemeChoice('dark');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(readThemeChoice()).toBe('dark');
    storeThemeChoice('system');
    expect(window.localStorage.getItem(THEME_KEY)).toBeNull();
    window.localStorage.setItem(THEME_KEY, 'purple');
    expect(readThemeChoice()).toBe('system');
  });

  it('writes data-theme on <html>, following the system only when asked to', () => {
    systemDark(true);
    applyTheme('system');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    systemDark(false);
    applyTheme('system');
    expect(document.documentElement.dataset.theme).toBe('light');
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('falls back to system when storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readThemeChoice()).toBe('system');
    vi.restoreAllMocks();
  });
});
