import { Fragment, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/** Characters of an unbroken run shown before it is cut (100): longer than any word or address in prose. */
export const LONG_WORD_SHOWN = 100;
/** Code points without a space that make a run long enough to be cut. */
const LONG_RUN = 120;

/** Characters a "show more" adds (2,000): laying out an unbroken run of mixed scripts costs about 15 ms per 1,000. */
export const LONG_WORD_STEP = 2000;

/** Code points in `text` from `start` to `end`: the units less the low halves of surrogate pairs. */
function codePoints(text: string, start: number, end: number): number {
  let points = end - start;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) points--;
  }
  return points;
}

/**
 * Calls `found(start, end)` for each run of LONG_RUN or more code points without a space (`\S{120,}`
 * with the u flag), in order; stops when it returns true. The spaces are found by the regular
 * expression engine's own scan, and only a run of 120 to 239 units has its code points counted: a
 * loop over every unit in JavaScript took 13-20 ms over a 200,000-character word the first time it
 * ran (interpreted), and the pattern itself 20-30 ms.
 */
function eachLongRun(text: string, found: (start: number, end: number) => boolean | undefined): void {
  // White space as JavaScript's `\s` reads it: every such character is a single UTF-16 unit.
  const spaces = /\s/g;
  let start = 0;
  for (;;) {
    const space = spaces.exec(text);
    const end = space ? space.index : text.length;
    const long =
      end - start >= 2 * LONG_RUN || (end - start >= LONG_RUN && codePoints(text, start, end) >= LONG_RUN);
    if (long && found(start, end)) return;
    if (!space) return;
    start = end + 1;
  }
}

/** Whether the text holds a run of non-space characters long enough to be cut for display. */
export function hasLongWord(text: string): boolean {
  let found = false;
  eachLongRun(text, () => {
    found = true;
    return true;
  });
  return found;
}

/**
 * The text around and between its long runs, and the runs: at even indices what is shown as is, at odd
 * ones a run to cut (what `split` with the captured pattern `(\S{120,})` gives).
 */
export function longWordParts(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  eachLongRun(text, (start, end) => {
    parts.push(text.slice(at, start), text.slice(start, end));
    at = end;
    return false;
  });
  parts.push(text.slice(at));
  return parts;
}

/**
 * Text whose unbroken runs of 120 or more characters show their first 100 and buttons for more, a part
 * at a time. The rest stays in the DOM, hidden (not laid out), so offsets into the text still hold:
 * laying out a 200,000-character word of mixed scripts at once blocked the page for seconds.
 */
export function LongWords({ text }: { text: string }) {
  const parts = longWordParts(text);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
      <Fragment key={i}>{part}</Fragment>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: as above
      <LongWord key={i} word={part} />
    ),
  );
}

function LongWord({ word }: { word: string }) {
  const { t } = useLocale();
  const [shown, setShown] = useState(LONG_WORD_SHOWN);
  const all = shown >= word.length;
  // Cut between code points, never inside a surrogate pair.
  const cut = /[\uDC00-\uDFFF]/.test(word[shown] ?? '') ? shown - 1 : shown;
  return (
    <bdi className="long-word">
      {word.slice(0, cut)}
      <span hidden>{word.slice(cut)}</span>
      {all ? null : '…'}
      {all ? null : (
        <button
          type="button"
          className="quiet show-all"
          onClick={() => setShown((n) => Math.min(word.length, n + LONG_WORD_STEP))}
        >
          {t.sources.showMore(cut, word.length)}
        </button>
      )}
      {shown > LONG_WORD_SHOWN ? (
        <button type="button" className="quiet show-all" onClick={() => setShown(LONG_WORD_SHOWN)}>
          {t.sources.showLess}
        </button>
      ) : null}
    </bdi>
  );
}
