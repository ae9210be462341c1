import { Fragment, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/** Characters of an unbroken run shown before it is cut (100): longer than any word or address in prose. */
export const LONG_WORD_SHOWN = 100;
const LONG_WORD = /(\S{120,})/u;

/** Whether the text holds a run of non-space characters long enough to be cut for display. */
export function hasLongWord(text: string): boolean {
  return LONG_WORD.test(text);
}

/**
 * Text whose unbroken runs of 120 or more characters show their first 100 and a button for the rest.
 * The rest stays in the DOM, hidden (not laid out), so offsets into the text still hold: laying out a
 * 200,000-character word of mixed scripts blocked the page for seconds.
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
  const [open, setOpen] = useState(false);
  return (
    <bdi className="long-word">
      {word.slice(0, LONG_WORD_SHOWN)}
      <span hidden={!open}>{word.slice(LONG_WORD_SHOWN)}</span>
      {open ? null : '…'}
      <button type="button" className="quiet show-all" onClick={() => setOpen(!open)}>
        {open ? t.sources.showLess : t.sources.showAll([...word].length)}
      </button>
    </bdi>
  );
}
