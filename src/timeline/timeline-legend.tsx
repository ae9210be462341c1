import { useLocale } from '../i18n/locale.tsx';
import type { EventType } from '../model/article-schema.ts';
import { TypeGlyph } from '../ui/type-glyph.tsx';

/** The key to the timeline: a shape per type present, and how certainty, plans and open ends look. */
export function TimelineLegend({ types }: { types: EventType[] }) {
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
          <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="lg-open">
            <rect x="14" y="4" width="20" height="6" rx="3" />
            <path d="M14 7 H4 M9 2 L3 7 L9 12" />
          </svg>{' '}
          {t.timeline.legendOpen}
        </li>
        <li>
          <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="lg-outside-link">
            <circle cx="7" cy="7" r="5" />
            <path d="M12 7 H30" />
          </svg>{' '}
          {t.timeline.legendOutsideLink}
        </li>
      </ul>
    </details>
  );
}
