import type { KeyboardEvent } from 'react';
import { EDGE_DASHES, type EdgeShape } from './edge-geometry.ts';
import type { Emphasis } from './graph-node.tsx';

/** The visible strands and arrowheads of one edge; decorative, the hit line carries its name. */
export function EdgeStrands({ shape, emphasis }: { shape: EdgeShape; emphasis: Emphasis }) {
  return (
    <g className="graph-edge" data-emphasis={emphasis}>
      {shape.strands.map((s) => (
        <line
          key={s.kind}
          className="graph-edge-strand"
          data-kind={s.kind}
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          strokeWidth={s.width}
          strokeDasharray={EDGE_DASHES[s.kind]}
        />
      ))}
      {/* Both heads in one path: a second element per edge was a tenth of the graph's DOM, set again at every layout. */}
      {shape.arrows.length > 0 ? <path className="graph-edge-arrow" d={shape.arrows.join('')} /> : null}
    </g>
  );
}

/** Props of EdgeHit. */
export interface EdgeHitProps {
  id: string;
  shape: EdgeShape;
  ariaLabel: string;
  /** Id of the tooltip: the events of the edge shown, or an empty stand-in while none is. */
  describedBy: string;
  onActivate: () => void;
  /** Called with true on hover or focus, false when both end. */
  onShow: (show: boolean) => void;
}

/** A wide transparent line over an edge: hover or focus shows its events, Enter or a click selects the pair. */
export function EdgeHit({ id, shape, ariaLabel, describedBy, onActivate, onShow }: EdgeHitProps) {
  const onKeyDown = (event: KeyboardEvent<SVGLineElement>) => {
    if (event.key === 'Escape') onShow(false);
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate();
  };
  const { x1, y1, x2, y2 } = shape.hit;
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; role, tabIndex and keys make the line one
    <line
      className="graph-edge-hit"
      data-edge-id={id}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onShow(true)}
      onMouseLeave={() => onShow(false)}
      onFocus={() => onShow(true)}
      onBlur={() => onShow(false)}
    />
  );
}
