import { useLocale } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import type { TimelineItem } from '../model/timeline-layout.ts';
import type { Cluster, VisibleMarks } from '../model/timeline-marks.ts';
import type { Hit } from './hit-test.ts';
import { rowY } from './timeline-geometry.ts';
import { TimelineTooltip } from './timeline-tooltip.tsx';

/** Props of TimelineHoverCard. */
export interface TimelineHoverCardProps {
  /** The mark or cluster under the pointer, or null. */
  hover: Hit;
  /** The keyboard's active event while the plot has focus, else null. */
  focused: TimelineItem | null;
  /** The cluster the focused event is drawn in, if it is (clusterHolding), else null. */
  focusedCluster: Cluster | null;
  visible: VisibleMarks;
  tops: number[];
  /** The plot's width. */
  width: number;
  eventName: (event: CorpusEvent) => string;
}

/**
 * The card beside what the pointer rests on — an event, or a cluster with how many events it holds —
 * or else beside the keyboard's active event: at its own mark, or at the cluster it is drawn in, whose
 * count it then also gives. SVG and canvas marks alike: the SVG draws no title of its own.
 */
export function TimelineHoverCard({
  hover,
  focused,
  focusedCluster,
  visible,
  tops,
  width,
  eventName,
}: TimelineHoverCardProps) {
  const { t, lang } = useLocale();
  if (hover?.kind === 'mark') {
    const { event } = hover.mark.item;
    return (
      <TimelineTooltip
        heading={event.title[lang]}
        detail={eventName(event)}
        x={hover.mark.x}
        y={hover.y}
        width={width}
      />
    );
  }
  if (hover?.kind === 'cluster') {
    return (
      <TimelineTooltip
        heading={t.timeline.cluster(hover.cluster.items.length)}
        detail={t.timeline.clusterHint}
        x={hover.cluster.x}
        y={hover.y}
        width={width}
      />
    );
  }
  if (!focused) return null;
  const { event } = focused;
  if (focusedCluster) {
    return (
      <TimelineTooltip
        heading={event.title[lang]}
        detail={eventName(event)}
        note={`${t.timeline.cluster(focusedCluster.items.length)} — ${t.timeline.clusterHint}`}
        x={focusedCluster.x}
        y={rowY(tops, focusedCluster.lane, focusedCluster.row)}
        width={width}
      />
    );
  }
  const mark = visible.marks.find((m) => m.item === focused);
  if (!mark) return null;
  return (
    <TimelineTooltip
      heading={event.title[lang]}
      detail={eventName(event)}
      x={mark.x}
      y={rowY(tops, focused.lanes[0] ?? 0, focused.row)}
      width={width}
    />
  );
}
