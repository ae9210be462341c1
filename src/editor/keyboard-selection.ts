import { nextWordEnd, previousWordStart } from './text-spans.ts';

/** A keyboard selection in one paragraph: `anchor` stays, `focus` moves; equal when it is a caret. */
export interface KeyboardSelection {
  paragraph: number;
  anchor: number;
  focus: number;
}

/** The keys that move the selection, and what they mean. */
export interface SelectionKey {
  key: string;
  shift: boolean;
}

/**
 * Where the selection goes after a key in a paragraph of `text` written in `dir`: arrows move a word
 * at a time in reading order (in right-to-left text the left arrow goes forward), Home and End to the
 * paragraph's ends; Shift extends, otherwise the selection becomes a caret. Null for any other key.
 */
export function moveSelection(
  selection: KeyboardSelection,
  text: string,
  words: readonly [number, number][],
  { key, shift }: SelectionKey,
  dir: 'rtl' | 'ltr',
): KeyboardSelection | null {
  const forwardKey = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backwardKey = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  let focus: number;
  if (key === forwardKey) focus = nextWordEnd(words, selection.focus, text.length);
  else if (key === backwardKey) focus = previousWordStart(words, selection.focus);
  else if (key === 'Home') focus = 0;
  else if (key === 'End') focus = text.length;
  else return null;
  return { paragraph: selection.paragraph, anchor: shift ? selection.anchor : focus, focus };
}
