import { useEffect } from 'react';
import { heightMessage } from './embed-options.ts';

/**
 * Tells the host page the content's height whenever it changes, so the host script can size the
 * iframe. Only the height is sent; the host checks that it comes from Rasd's origin.
 */
export function usePostHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    let frame = 0;
    const post = () => {
      frame = 0;
      const height = document.documentElement.getBoundingClientRect().height;
      if (Math.abs(height - last) < 1) return;
      last = height;
      // The host's origin is unknown to the embed; the message carries nothing private.
      window.parent.postMessage(heightMessage(height), '*');
    };
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(post);
    });
    observer.observe(document.body);
    post();
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [enabled]);
}
