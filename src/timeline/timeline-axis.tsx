import type { TimeTick } from '../model/time-ticks.ts';
import { AXIS_HEIGHT } from './timeline-geometry.ts';

/** The time axis: a line per tick across the lanes, the label in the axis band. Decorative for AT. */
export function TimelineAxis({
  ticks,
  x,
  height,
  width,
}: {
  ticks: TimeTick[];
  x: (time: Date) => number;
  height: number;
  width: number;
}) {
  return (
    <g className="tl-axis">
      {ticks.map((tick) => {
        const px = x(tick.time);
        return (
          <g key={tick.time.getTime()} className={tick.major ? 'tl-tick major' : 'tl-tick'}>
            <line x1={px} x2={px} y1={AXIS_HEIGHT - 6} y2={height} />
            {/* Labels are anchored inwards at the edges so none is cut; direction is pinned so the
                anchors mean left/right whatever the page direction (a label is one bidi run). */}
            {px >= 0 && px <= width ? (
              <text
                x={px < 24 ? px + 3 : px > width - 24 ? px - 3 : px}
                y={AXIS_HEIGHT - 11}
                direction="ltr"
                textAnchor={px < 24 ? 'start' : px > width - 24 ? 'end' : 'middle'}
              >
                {tick.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line className="tl-axis-base" x1={0} x2="100%" y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
    </g>
  );
}
