import type { TimelineItem } from '../model/timeline-layout.ts';
import type { Cluster, Mark, VisibleMarks } from '../model/timeline-marks.ts';
import { rowY } from './timeline-geometry.ts';

/** What is under the pointer: an event's mark, a cluster, or nothing. */
export type Hit =
  | { kind: 'mark'; mark: Mark; y: number }
  | { kind: 'cluster'; cluster: Cluster; y: number }
  | null;

/** Finds the nearest mark or cluster within a finger's reach (12 px) of the point. */
export function hitTest(visible: VisibleMarks, tops: number[], px: number, py: number, reach = 12): Hit {
  let best: Hit = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const cluster of visible.clusters) {
    const y = rowY(tops, cluster.lane, cluster.row);
    const d = Math.hypot(cluster.x - px, y - py);
    if (d <= reach && d < bestDistance) {
      best = { kind: 'cluster', cluster, y };
      bestDistance = d;
    }
  }
  for (const mark of visible.marks) {
    const { lanes, rows } = mark.item;
    for (let i = 0; i < lanes.length; i++) {
      const y = rowY(tops, lanes[i] as number, rows[i] as number);
      if (Math.abs(y - py) > reach) continue;
      const dx = px < mark.left ? mark.left - px : px > mark.right ? px - mark.right : 0;
      const d = Math.hypot(dx, y - py) + (mark.left === mark.right ? 0 : 0.5);
      if (dx <= reach && d < bestDistance) {
        best = { kind: 'mark', mark, y };
        bestDistance = d;
      }
    }
  }
  return best;
}

/**
 * The cluster an item is drawn in, or null when it has a mark of its own or is not on screen. Only an
 * item of one lane can be clustered (see visibleMarks), in that lane and row.
 */
export function clusterHolding(visible: VisibleMarks, item: TimelineItem): Cluster | null {
  if (item.lanes.length !== 1) return null;
  const lane = item.lanes[0];
  const row = item.rows[0];
  for (const cluster of visible.clusters) {
    if (cluster.lane === lane && cluster.row === row && cluster.items.includes(item)) return cluster;
  }
  return null;
}
