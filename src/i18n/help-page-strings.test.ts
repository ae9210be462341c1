import { describe, expect, it } from 'vitest';
import { HELP_PAGE_MESSAGES } from './help-page-strings.ts';

/** Every piece of text in a message table, functions called with a sample name. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, value('مثال')]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  // A shortcut's keys are ids (KeyName), named through keyNames.
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'keys' ? [] : texts(v, `${path}.${k}`)));
  return [];
}

describe('the help text', () => {
  it('has no Latin letters inside the Arabic (commands are shown apart, as code)', () => {
    const arabic = texts(HELP_PAGE_MESSAGES.ar, 'ar');
    expect(arabic.length).toBe(63);
    for (const [path, text] of arabic) expect(text, path).not.toMatch(/[A-Za-z]/);
  });

  it('has the same shape in both languages: the same shortcut groups, keys and looks', () => {
    const shape = (lang: 'ar' | 'en') =>
      HELP_PAGE_MESSAGES[lang].shortcutGroups.map((group) => group.shortcuts.map((s) => s.keys.join('+')));
    expect(shape('en')).toEqual(shape('ar'));
    expect(Object.keys(HELP_PAGE_MESSAGES.en.looks)).toEqual(Object.keys(HELP_PAGE_MESSAGES.ar.looks));
    expect(texts(HELP_PAGE_MESSAGES.en, 'en').length).toBe(63);
  });

  it('lists only shortcuts the explorer has', () => {
    expect(
      HELP_PAGE_MESSAGES.en.shortcutGroups.map((g) => [g.where, g.shortcuts.map((s) => s.keys.join('|'))]),
    ).toEqual([
      ['Anywhere outside a text field', ['question', 'escape', 'tab']],
      ['In the timeline', ['left|right', 'home|end', 'enter|space', 'plus', 'minus']],
      ['In the list of events', ['up|down', 'home|end']],
      ['In the graph', ['enter|space', 'escape']],
      ['In the person field', ['up|down', 'enter', 'escape']],
    ]);
  });
});
