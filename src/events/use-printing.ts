import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed (or print media is emulated). `beforeprint` is answered
 * synchronously (flushSync): the browser lays the page out for print right after the event, and a
 * render scheduled for later would miss it.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const sync = () => flushSync(() => setPrinting(media.matches));
    const before = () => flushSync(() => setPrinting(true));
    setPrinting(media.matches);
    media.addEventListener('change', sync);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', sync);
    return () => {
      media.removeEventListener('change', sync);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', sync);
    };
  }, []);
  return printing;
}
