import { useEffect, useState } from 'react';
import { whenFirstFrame } from './presented.ts';

/**
 * True once the timeline's first frame is on screen, or at once when no timeline is shown. What the
 * first frame does not need (the graph's code, say) waits for it: an idle callback alone could fire
 * first when the timeline waits for its width, and that code was then fetched before the first draw.
 */
export function useFirstFramePresented(timelineShown: boolean): boolean {
  const [presented, setPresented] = useState(!timelineShown);
  useEffect(() => {
    if (!timelineShown) {
      setPresented(true);
      return;
    }
    let live = true;
    whenFirstFrame(() => live && setPresented(true));
    return () => {
      live = false;
    };
  }, [timelineShown]);
  return presented;
}
