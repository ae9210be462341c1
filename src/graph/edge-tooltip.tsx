import type { GraphStrings } from '../i18n/strings-graph.ts';
import type { GraphEdge } from '../model/participant-graph.ts';

/** Props of EdgeTooltip. */
export interface EdgeTooltipProps {
  id: string;
  edge: GraphEdge;
  /** The events the two share (sharedEventIds). */
  eventIds: readonly string[];
  /** Where the edge's midpoint is on screen, in pixels from the canvas's top-left corner. */
  left: number;
  top: number;
  /** Size of the canvas, to keep the box inside it. */
  canvasWidth: number;
  canvasHeight: number;
  nameOf: (id: string) => string;
  eventTitle: (id: string) => string;
  g: GraphStrings;
}

const WIDTH = 280;
// A box that fits the canvas; the rest are counted, and the whole list is one click away (onSelectPair).
const MAX_LISTED = 6;

/** The events two participants share, listed beside the edge that is hovered or focused. */
export function EdgeTooltip(props: EdgeTooltipProps) {
  const { id, edge, eventIds, left, top, canvasWidth, canvasHeight, nameOf, eventTitle, g } = props;
  const initiator = new Map(edge.initiated.map((i) => [i.eventId, i.from]));
  const width = Math.min(WIDTH, canvasWidth - 8);
  // Physical coordinates: the layout plane has no reading direction, only the text inside the box has.
  const x = Math.max(4, Math.min(left - width / 2, canvasWidth - width - 4));
  // Below the edge in the upper half, above it in the lower half, so the box has room and hides less.
  const vertical = top < canvasHeight / 2 ? { top: top + 12 } : { bottom: canvasHeight - top + 12 };
  return (
    <div id={id} role="tooltip" className="graph-tooltip" style={{ left: x, width, ...vertical }}>
      <p className="graph-tooltip-pair">{g.pair(nameOf(edge.source), nameOf(edge.target))}</p>
      <ul>
        {eventIds.slice(0, MAX_LISTED).map((eventId) => {
          const from = initiator.get(eventId);
          return (
            <li key={eventId}>
              {eventTitle(eventId)}
              {from ? <span className="muted"> ({g.initiatedBy(nameOf(from))})</span> : null}
            </li>
          );
        })}
        {eventIds.length > MAX_LISTED ? (
          <li className="muted">{g.moreEvents(eventIds.length - MAX_LISTED)}</li>
        ) : null}
      </ul>
    </div>
  );
}
