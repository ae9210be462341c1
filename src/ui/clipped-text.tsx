import { useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';

/** Props of ClippedText. */
export interface ClippedTextProps {
  text: string;
  /** Characters shown before the ellipsis (default 300). */
  max?: number;
}

/**
 * Text from a record, isolated from what surrounds it and cut at `max` characters with an ellipsis;
 * the whole text is a click away. A name of thousands of characters must not fill the page.
 */
export function ClippedText({ text, max = 300 }: ClippedTextProps) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  if (text.length <= max) return <bdi className="user-text">{text}</bdi>;
  // Cut between code points, never inside a surrogate pair.
  const cut = [...text.slice(0, max + 1)].slice(0, -1).join('').slice(0, max);
  const length = [...text].length;
  return (
    <>
      <bdi className="user-text">{open ? text : `${cut}…`}</bdi>{' '}
      <button type="button" className="quiet show-all" onClick={() => setOpen(!open)}>
        {open ? t.sources.showLess : t.sources.showAll(length)}
      </button>
    </>
  );
}
