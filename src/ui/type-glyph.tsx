import type { EventType } from '../model/article-schema.ts';
import { GLYPH_PATHS, STROKED_GLYPHS, TYPE_COLOURS } from './glyph-paths.ts';

/** The event type's shape, decorative (the type is always also written out). */
export function TypeGlyph({ type, size = 12 }: { type: EventType; size?: number }) {
  const stroked = STROKED_GLYPHS.has(type);
  return (
    <svg
      className="type-glyph"
      data-type={type}
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      style={{ color: TYPE_COLOURS[type] }}
    >
      <path
        d={GLYPH_PATHS[type]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={stroked ? 1.6 : 0.8}
      />
    </svg>
  );
}
