import { memo } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord, EventType } from '../model/article-schema.ts';
import type { TimelineLayout } from '../model/timeline-layout.ts';
import { TypeGlyph } from '../ui/type-glyph.tsx';

/**
 * Lane names in the gutter on the start side, aligned with the lanes of the plot.
 * Memoised: a zoom renders the timeline at every frame, and the lanes do not change with the window.
 */
export const TimelineLanes = memo(function TimelineLanes({
  layout,
  entities,
  tops,
  heights,
  width,
}: {
  layout: TimelineLayout;
  entities: ReadonlyMap<string, EntityRecord>;
  tops: number[];
  heights: number[];
  width: number;
}) {
  const { t, lang } = useLocale();
  return (
    <ul className="tl-gutter" style={{ width }} aria-hidden="true">
      {layout.lanes.map((lane, i) => {
        const entity = entities.get(lane.key);
        const label =
          lane.kind === 'type'
            ? t.types[lane.key as EventType]
            : lane.kind === 'others'
              ? t.timeline.others
              : lane.kind === 'unnamed'
                ? t.timeline.unnamed
                : (entity?.short?.[lang] ?? entity?.name[lang] ?? lane.key);
        return (
          <li key={lane.key} style={{ top: tops[i], height: heights[i] }} title={label}>
            {lane.kind === 'type' ? <TypeGlyph type={lane.key as EventType} /> : null}
            <span>{label}</span>
          </li>
        );
      })}
    </ul>
  );
});
