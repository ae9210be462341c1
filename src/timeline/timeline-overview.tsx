import { useMemo, useRef } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { overviewBins } from '../model/overview-bins.ts';
import { createTimeScale } from '../model/time-scale.ts';
import { timeTicks } from '../model/time-ticks.ts';
import { useOverviewBrush } from './use-overview-brush.ts';

const HEIGHT = 46;
const BAR_ZONE = 24;

/** Props of TimelineOverview. */
export interface TimelineOverviewProps {
  events: CorpusEvent[];
  extent: readonly [Date, Date];
  width: number;
  window: readonly [Date, Date];
  onBrush: (window: [Date, Date]) => void;
}

/** The whole extent at a glance — how many events each pixel column holds — with a brush for the window. */
export function TimelineOverview({ events, extent, width, window, onBrush }: TimelineOverviewProps) {
  const { t, lang } = useLocale();
  const brushRef = useRef<SVGGElement>(null);
  const scale = useMemo(() => createTimeScale(extent, width, t.dir), [extent, width, t.dir]);
  useOverviewBrush(brushRef, scale, HEIGHT, window, onBrush);

  // The two paths' strings are made once per set of events and width: a zoom or a brush re-renders this
  // overview, and rebuilding thousands of ranges into a string each time was most of its cost.
  const paths = useMemo(() => {
    const bins = overviewBins(events, scale, width, BAR_ZONE);
    return {
      ranges: bins.ranges.map((r, i) => `M${r.left} ${BAR_ZONE + 2 + (i % 4) * 2}H${r.right}`).join(''),
      columns: bins.columns.map((c) => `M${c.x - 1} ${BAR_ZONE}v${-c.height}h3v${c.height}z`).join(''),
    };
  }, [events, scale, width]);

  const ticks = useMemo(() => timeTicks(extent, width, lang).ticks, [extent, width, lang]);

  return (
    <svg className="tl-overview" width={width} height={HEIGHT} aria-hidden="true">
      <g>
        {ticks.map((tick) => (
          <g key={tick.time.getTime()} className="tl-ov-tick">
            <line x1={scale(tick.time)} x2={scale(tick.time)} y1={0} y2={HEIGHT} />
            <text x={scale(tick.time)} y={HEIGHT - 4} dx={t.dir === 'rtl' ? -3 : 3} textAnchor="start">
              {tick.label}
            </text>
          </g>
        ))}
        {/* One path each for the ranges and the columns: a filter redraws two attributes, not a
            thousand elements. */}
        <path className="tl-ov-ranges" d={paths.ranges} />
        <path className="tl-ov-bins" d={paths.columns} />
      </g>
      <g ref={brushRef} className="tl-brush" />
    </svg>
  );
}
