import { useLocale } from '../i18n/locale.tsx';
import { MARK_CLAIMS_STRINGS } from '../i18n/mark-claims-strings.ts';
import { eventDisagreements, plannedMoment } from '../model/claims.ts';
import type { TimelineItem } from '../model/timeline-layout.ts';
import type { Mark, VisibleMarks } from '../model/timeline-marks.ts';
import { GLYPH_PATHS, STROKED_GLYPHS } from '../ui/glyph-paths.ts';
import type { PlacedLabel } from './place-labels.ts';
import { GLYPH_SIZE, markStyle, rowY } from './timeline-geometry.ts';

/** Props of SvgMarks. */
export interface SvgMarksProps {
  visible: VisibleMarks;
  tops: number[];
  labels: PlacedLabel[];
  /** Pixel position of a time in ms, for outside dates. */
  x: (ms: number) => number;
  width: number;
  selectedId: string | null;
  activeId: string | null;
  /** The count as shown, in the interface's digits. */
  countText: (count: number) => string;
}

/**
 * The marker on an event whose sources disagree: a small ringed "≠" above the glyph. Its name is also
 * part of the event's accessible name (use-event-name.ts): the plot's SVG is hidden from assistive
 * technology, which reads the events as options.
 */
function Disputed({ x, y }: { x: number; y: number }) {
  const { lang } = useLocale();
  return (
    <g className="tl-disputed" transform={`translate(${x} ${y - 9})`}>
      <title>{MARK_CLAIMS_STRINGS[lang].disputed}</title>
      <circle r={5.5} />
      <text dy="0.35em" textAnchor="middle">
        ≠
      </text>
    </g>
  );
}

const scale = GLYPH_SIZE / 12;

function Glyph({ item }: { item: TimelineItem }) {
  const style = markStyle(item);
  const type = item.event.type;
  const filled = !STROKED_GLYPHS.has(type) && style.fill !== 'hollow';
  return (
    <path
      d={GLYPH_PATHS[type]}
      transform={`translate(${-6 * scale} ${-6 * scale}) scale(${scale})`}
      fill={filled ? style.colour : 'var(--panel)'}
      fillOpacity={style.fill === 'light' ? 0.35 : 1}
      stroke={style.colour}
      strokeWidth={1.3 / scale}
      strokeDasharray={style.dash.map((d) => d / scale).join(' ') || undefined}
    />
  );
}

function Bar({ mark, y }: { mark: Mark; y: number }) {
  const style = markStyle(mark.item);
  // The open part of a range is drawn dashed up to the edge, ending in a chevron pointing away.
  const tail = 36;
  const closedLeft = mark.openLeft ? mark.left + tail : mark.left;
  const closedRight = mark.openRight ? mark.right - tail : mark.right;
  const glyphX = mark.x;
  return (
    <g className="tl-bar">
      <rect
        x={closedLeft}
        y={y - 3}
        width={Math.max(1, closedRight - closedLeft)}
        height={6}
        fill={style.fill === 'hollow' ? 'none' : style.colour}
        fillOpacity={style.planned ? 0.25 : style.fill === 'solid' ? 0.8 : 0.35}
        // A light fill alone fades into the dark theme's lanes: its dashed outline in the type's own
        // colour (3:1 against every lane) keeps an inferred or ongoing range visible.
        stroke={style.planned || style.fill !== 'solid' ? style.colour : 'none'}
        strokeDasharray={
          style.planned ? '6 3' : style.fill === 'hollow' ? '1 2' : style.fill === 'light' ? '3 2' : undefined
        }
      />
      {mark.openLeft ? (
        <path
          d={`M${closedLeft} ${y} H${mark.left + 8} M${mark.left + 14} ${y - 5} L${mark.left + 8} ${y} L${mark.left + 14} ${y + 5}`}
          stroke={style.colour}
          strokeDasharray="4 3"
          fill="none"
          strokeWidth={2}
        />
      ) : null}
      {mark.openRight ? (
        <path
          d={`M${closedRight} ${y} H${mark.right - 8} M${mark.right - 14} ${y - 5} L${mark.right - 8} ${y} L${mark.right - 14} ${y + 5}`}
          stroke={style.colour}
          strokeDasharray="4 3"
          fill="none"
          strokeWidth={2}
        />
      ) : null}
      <g transform={`translate(${glyphX} ${y})`}>
        <Glyph item={mark.item} />
      </g>
    </g>
  );
}

/** The day a plan named for an event that happened on another: a dashed ring joined to the event. */
function PlannedAt({ x, markX, y }: { x: number; markX: number; y: number }) {
  const { lang } = useLocale();
  return (
    <g className="tl-planned-at">
      <title>{MARK_CLAIMS_STRINGS[lang].plannedFor}</title>
      <line x1={x} x2={markX} y1={y} y2={y} />
      <circle cx={x} cy={y} r={5} />
    </g>
  );
}

/** The visible marks as SVG: glyphs, bars, person connectors, outside dates, labels and clusters. */
export function SvgMarks({
  visible,
  tops,
  labels,
  x,
  width,
  selectedId,
  activeId,
  countText,
}: SvgMarksProps) {
  // Shapes drawn (a glyph or bar per lane, rings, clusters, labels), read by the benchmark as on the canvas.
  let primitives = visible.clusters.length + labels.length;
  for (const mark of visible.marks) {
    primitives += mark.item.lanes.length + (eventDisagreements(mark.item.event).length > 0 ? 1 : 0);
  }
  return (
    <g className="tl-marks" data-primitives={primitives}>
      {visible.marks.map((mark) => {
        const { item } = mark;
        const ys = item.lanes.map((lane, i) => rowY(tops, lane, item.rows[i] as number));
        const outside = item.event.when.outside;
        const outsideX = outside?.start ? x(Date.parse(`${outside.start}T12:00:00Z`)) : null;
        const status =
          item.event.id === selectedId ? 'selected' : item.event.id === activeId ? 'active' : undefined;
        const isBar = mark.left !== mark.right;
        const disputed = eventDisagreements(item.event).length > 0;
        const plan = plannedMoment(item.event);
        const planX = plan ? x(Date.parse(`${plan.start}T12:00:00Z`)) : null;
        return (
          <g
            key={item.event.id}
            className="tl-mark"
            data-event-id={item.event.id}
            data-certainty={item.event.when.certainty}
            data-status={item.event.status}
            data-state={status}
            data-disputed={disputed ? eventDisagreements(item.event).join(' ') : undefined}
          >
            {ys.length > 1 ? (
              <line
                x1={mark.x}
                x2={mark.x}
                y1={Math.min(...ys)}
                y2={Math.max(...ys)}
                className="tl-connector"
              />
            ) : null}
            {outsideX !== null && outsideX > -20 && outsideX < width + 20 ? (
              <g className="tl-outside">
                <line x1={outsideX} x2={mark.x} y1={ys[0]} y2={ys[0]} />
                <circle cx={outsideX} cy={ys[0]} r={5} />
              </g>
            ) : null}
            {ys.map((y) =>
              isBar ? (
                <Bar key={y} mark={mark} y={y} />
              ) : (
                <g
                  key={y}
                  transform={`translate(${mark.x} ${y})`}
                  opacity={markStyle(item).planned ? 0.6 : 1}
                >
                  {status ? <circle r={11} className="tl-halo" /> : null}
                  <Glyph item={item} />
                </g>
              ),
            )}
            {disputed ? <Disputed x={mark.x + 8} y={ys[0] ?? 0} /> : null}
            {planX !== null && planX > -20 && planX < width + 20 ? (
              <PlannedAt x={planX} markX={mark.x} y={ys[0] ?? 0} />
            ) : null}
            {isBar && status ? (
              <rect
                className="tl-halo"
                x={mark.left - 3}
                y={(ys[0] ?? 0) - 9}
                width={mark.right - mark.left + 6}
                height={18}
                rx={9}
              />
            ) : null}
          </g>
        );
      })}
      {visible.clusters.map((cluster) => (
        <g
          key={`${cluster.lane}:${cluster.row}:${cluster.x}`}
          className="tl-cluster"
          transform={`translate(${cluster.x} ${rowY(tops, cluster.lane, cluster.row)})`}
          data-count={cluster.items.length}
        >
          {/* The count in words is the hover card's (timeline-hover-card.tsx), as on the canvas. */}
          <circle r={10} />
          <text dy="0.35em" textAnchor="middle">
            {countText(cluster.items.length)}
          </text>
        </g>
      ))}
      {labels.map((label) => (
        <g key={label.id} className="tl-label-group" data-event-id={label.id}>
          {label.markY === undefined ? null : (
            // A label stacked into another row points back to its mark.
            <line className="tl-leader" x1={label.x} x2={label.x} y1={label.markY} y2={label.y} />
          )}
          <text className="tl-label" x={label.x} y={label.y} dy="0.35em" textAnchor="start">
            {label.text}
          </text>
        </g>
      ))}
    </g>
  );
}
