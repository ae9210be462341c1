import { type ComponentProps, lazy, Suspense, useEffect, useState } from 'react';
import { loadGraphView } from '../graph/lazy-graph-view.ts';
import type { ParticipantGraphView } from '../graph/participant-graph.tsx';
import { useLocale } from '../i18n/locale.tsx';
import { whenFirstFrame } from '../timeline/presented.ts';
import { ReloadNotice } from './reload-notice.tsx';

// The graph is not part of an embed's first draw: its code (the view, its geometry and d3-zoom) is
// requested once the timeline's first frame is on screen, or at once when the embed has no timeline.
const GraphView = lazy(() =>
  loadGraphView().then(
    (view) => ({ default: view }),
    () => ({ default: ReloadNotice }),
  ),
);

/** Whether the timeline beside it (if any) has presented its first frame. */
function useAfterTimeline(withTimeline: boolean): boolean {
  const [ready, setReady] = useState(!withTimeline);
  useEffect(() => {
    if (!withTimeline) return;
    let live = true;
    whenFirstFrame(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [withTimeline]);
  return ready || !withTimeline;
}

/**
 * The participant graph of an embed, loaded after the timeline's first frame. As on the embedded
 * timeline, a plain wheel over it scrolls the host page; Ctrl or ⌘ with the wheel zooms.
 */
export function EmbedGraph({
  withTimeline,
  ...props
}: ComponentProps<typeof ParticipantGraphView> & { withTimeline: boolean }) {
  const { t } = useLocale();
  const ready = useAfterTimeline(withTimeline);
  const waiting = (
    <p className="muted" role="status">
      {t.graphPane.layingOut}
    </p>
  );
  if (!ready) return waiting;
  return (
    <Suspense fallback={waiting}>
      <GraphView {...props} wheelZoomNeedsKey />
    </Suspense>
  );
}
