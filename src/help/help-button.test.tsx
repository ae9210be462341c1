// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asksForHelp } from './help-button.tsx';

const press = (
  key: string,
  target: Element,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => asksForHelp({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('asksForHelp', () => {
  document.body.innerHTML =
    '<button id="b">x</button><input id="i"><textarea id="t"></textarea><select id="s"></select>' +
    '<div contenteditable="true"><span id="e">x</span></div><dialog><button id="d">x</button></dialog>';
  const el = (id: string) => document.getElementById(id) as Element;

  it('is ? or the Arabic ؟ pressed outside any field', () => {
    expect(press('?', document.body)).toBe(true);
    expect(press('?', el('b'))).toBe(true);
    expect(press('؟', el('b'))).toBe(true);
  });

  it('is not a question mark typed in a field or an editable text, nor inside a dialog', () => {
    for (const id of ['i', 't', 's', 'e', 'd']) expect(press('?', el(id)), id).toBe(false);
  });

  it('is not another key, nor ? with a modifier', () => {
    expect(press('/', el('b'))).toBe(false);
    expect(press('h', el('b'))).toBe(false);
    expect(press('?', el('b'), { ctrlKey: true })).toBe(false);
    expect(press('?', el('b'), { metaKey: true })).toBe(false);
    expect(press('?', el('b'), { altKey: true })).toBe(false);
  });
});
