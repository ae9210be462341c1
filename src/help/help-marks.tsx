import { HELP_PAGE_MESSAGES } from '../i18n/help-page-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { EVENT_TYPES } from '../model/vocabulary.ts';
import { OpenRangeMark, OutsideLinkMark } from '../ui/legend-marks.tsx';
import { TypeGlyph } from '../ui/type-glyph.tsx';

// The timeline legend's own swatches (timeline.css's lg-* classes), so the help shows what the plot draws.
function Swatch({ look }: { look: 'stated' | 'inferred' | 'outside' | 'planned' }) {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className={`lg-${look}`}>
      <circle cx="7" cy="7" r="5" />
      <rect x="16" y="4" width="16" height="6" rx="3" />
    </svg>
  );
}

/** The shapes of the event types and the looks of stated, inferred, outside, planned and open dates. */
export function HelpMarks() {
  const { t, lang } = useLocale();
  const m = HELP_PAGE_MESSAGES[lang];
  return (
    <>
      <section>
        <h3>{m.shapesHeading}</h3>
        <p>{m.shapesText}</p>
        <ul className="help-types">
          {EVENT_TYPES.map((type) => (
            <li key={type}>
              <TypeGlyph type={type} size={16} /> {t.types[type]}
            </li>
          ))}
        </ul>
      </section>
      <section className="tl-legend">
        <h3>{m.looksHeading}</h3>
        <ul className="help-looks">
          <li>
            <Swatch look="stated" /> {m.looks.stated}
          </li>
          <li>
            <Swatch look="inferred" /> {m.looks.inferred}
          </li>
          <li>
            <Swatch look="outside" /> {m.looks.outside}
          </li>
          <li>
            <OutsideLinkMark /> {m.looks.outsideLink}
          </li>
          <li>
            <Swatch look="planned" /> {m.looks.planned}
          </li>
          <li>
            <OpenRangeMark /> {m.looks.open}
          </li>
        </ul>
      </section>
    </>
  );
}
