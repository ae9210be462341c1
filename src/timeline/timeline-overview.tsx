import { useMemo, useRef } from 'react';
import { useLocale } from '../app/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
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

  const bins = useMemo(() => {
    const counts = new Uint32Array(Math.max(1, Math.ceil(width)));
    const ranges: { a: number; b: number }[] = [];
    for (const e of events) {
      const when = e.when.outside ?? null;
      if (e.start && e.end && e.end.getTime() - e.start.getTime() <= 86_400_000 * 2) {
        const px = Math.floor(scale(new Date((e.start.getTime() + e.end.getTime()) / 2)));
        if (px >= 0 && px < counts.length) counts[px] = (counts[px] ?? 0) + 1;
      } else if (e.start || e.end) {
        const a = e.start ? scale(e.start) : t.dir === 'rtl' ? width : 0;
        const b = e.end ? scale(e.end) : t.dir === 'rtl' ? 0 : width;
        ranges.push({ a: Math.min(a, b), b: Math.max(a, b) });
      }
      if (when?.start) {
        const px = Math.floor(scale(new Date(`${when.start}T12:00:00Z`)));
        if (px >= 0 && px < counts.length) counts[px] = (counts[px] ?? 0) + 1;
      }
    }
    const max = Math.max(1, ...counts);
    const columns: { x: number; h: number }[] = [];
    counts.forEach((count, x) => {
      if (count > 0) columns.push({ x, h: Math.max(3, (Math.sqrt(count) / Math.sqrt(max)) * BAR_ZONE) });
    });
    return { columns, ranges: ranges.slice(0, 400).map((r, key) => ({ ...r, key })) };
  }, [events, scale, width, t.dir]);

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
        {bins.ranges.map((r) => (
          <line
            key={r.key}
            className="tl-ov-range"
            x1={r.a}
            x2={r.b}
            y1={BAR_ZONE + 2 + (r.key % 4) * 2}
            y2={BAR_ZONE + 2 + (r.key % 4) * 2}
          />
        ))}
        {bins.columns.map((c) => (
          <rect key={c.x} className="tl-ov-bin" x={c.x - 1} y={BAR_ZONE - c.h} width={3} height={c.h} />
        ))}
      </g>
      <g ref={brushRef} className="tl-brush" />
    </svg>
  );
}
