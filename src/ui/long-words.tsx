import { Fragment, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/** Characters of an unbroken run shown before it is cut (100): longer than any word or address in prose. */
export const LONG_WORD_SHOWN = 100;
const LONG_WORD = /(\S{120,})/u;

/** Whether the text holds a run of non-space characters long enough to be cut for display. */
export function hasLongWord(text: string): boolean {
  return LONG_WORD.test(text);
}

/** Characters a "show more" adds (2,000): laying out an unbroken run of mixed scripts costs about 15 ms per 1,000. */
export const LONG_WORD_STEP = 2000;

/**
 * Text whose unbroken runs of 120 or more characters show their first 100 and buttons for more, a part
 * at a time. The rest stays in the DOM, hidden (not laid out), so offsets into the text still hold:
 * laying out a 200,000-character word of mixed scripts at once blocked the page for seconds.
 */
export function LongWords({ text }: { text: string }) {
  const parts = text.split(LONG_WORD);
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
