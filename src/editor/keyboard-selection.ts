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
 * Where the selection goes after a key in a paragraph of `text` written in `dir`. An arrow selects the
 * next or previous word (its moving end on the side the arrow went) (in right-to-left text the left arrow goes forward); with Shift it moves the
 * selection's moving end a word instead, so the selection grows or shrinks word by word. Home and End
 * go to the paragraph's ends (with Shift: select to there). Null for any other key.
 */
export function moveSelection(
  selection: KeyboardSelection,
  text: string,
  words: readonly [number, number][],
  { key, shift }: SelectionKey,
  dir: 'rtl' | 'ltr',
): KeyboardSelection | null {
  const forward = key === (dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
  const backward = key === (dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
  const { paragraph, anchor, focus } = selection;
  if (shift) {
    if (forward) return { paragraph, anchor, focus: nextWordEnd(words, focus, text.length) };
    if (backward) return { paragraph, anchor, focus: previousWordStart(words, focus) };
    if (key === 'Home') return { paragraph, anchor, focus: 0 };
    if (key === 'End') return { paragraph, anchor, focus: text.length };
    return null;
  }
  if (forward) {
    const word = words.find(([, end]) => end > Math.max(anchor, focus));
    return word ? { paragraph, anchor: word[0], focus: word[1] } : { paragraph, anchor, focus };
  }
  if (backward) {
    // Selected from its end, so Shift with the same arrow goes on growing backwards.
    const word = words.findLast(([start]) => start < Math.min(anchor, focus));
    return word ? { paragraph, anchor: word[1], focus: word[0] } : { paragraph, anchor, focus };
  }
  if (key === 'Home') return { paragraph, anchor: 0, focus: 0 };
  if (key === 'End') return { paragraph, anchor: text.length, focus: text.length };
  return null;
}
