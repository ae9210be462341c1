import { memo } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { EventType } from '../model/article-schema.ts';
import { OpenRangeMark, OutsideLinkMark } from '../ui/legend-marks.tsx';
import { TypeGlyph } from '../ui/type-glyph.tsx';

/**
 * The key to the timeline: a shape per type present, and how certainty, plans and open ends look.
 * Memoised: a zoom renders the timeline at every frame, and the key does not change with the window.
 */
export const TimelineLegend = memo(function TimelineLegend({ types }: { types: EventType[] }) {
  const { t } = useLocale();
  const swatch = (className: string) => (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className={className}>
      <circle cx="7" cy="7" r="5" />
      <rect x="16" y="4" width="16" height="6" rx="3" />
    </svg>
  );
  return (
    <details className="tl-legend">
      <summary>{t.timeline.legend}</summary>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <TypeGlyph type={type} size={14} /> {t.types[type]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          {swatch('lg-stated')} {t.timeline.legendStated}
        </li>
        <li>
          {swatch('lg-inferred')} {t.timeline.legendInferred}
        </li>
        <li>
          {swatch('lg-outside')} {t.timeline.legendOutside}
        </li>
        <li>
          {swatch('lg-planned')} {t.timeline.legendPlanned}
        </li>
        <li>
          <OpenRangeMark /> {t.timeline.legendOpen}
        </li>
        <li>
          <OutsideLinkMark /> {t.timeline.legendOutsideLink}
        </li>
      </ul>
    </details>
  );
});
