import type { EventType } from '../model/article-schema.ts';

// One shape per event type so the list, the legend and (later) the timeline read the same way.
const PATHS: Record<EventType, string> = {
  'phone-call': 'M6 1 L11 6 L6 11 L1 6 Z',
  meeting: 'M6 6 m-5 0 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0',
  'press-conference': 'M1 1 H11 V11 H1 Z',
  statement: 'M6 1 L11 11 H1 Z',
  decision: 'M1 4 H4 V1 H8 V4 H11 V8 H8 V11 H4 V8 H1 Z',
  agreement: 'M6 1 L7.5 4.5 L11 4.8 L8.3 7.2 L9.1 11 L6 9 L2.9 11 L3.7 7.2 L1 4.8 L4.5 4.5 Z',
  communique: 'M2 1 H10 V11 H2 Z M4 4 H8 M4 6 H8 M4 8 H7',
  'planned-visit': 'M2.5 11.5 V1 H10 L8 4 L10 7 H2.5',
  'ongoing-contacts': 'M1 4 H11 M1 8 H11',
};

/** The event type's shape, decorative (the type is always also written out). */
export function TypeGlyph({ type }: { type: EventType }) {
  const stroked = type === 'planned-visit' || type === 'ongoing-contacts' || type === 'communique';
  return (
    <svg
      className="type-glyph"
      data-type={type}
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
    >
      <path
        d={PATHS[type]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={stroked ? 1.6 : 0.8}
      />
    </svg>
  );
}
