import type { KeyboardEvent } from 'react';

/** How a mark relates to the highlighted event: part of it, not part of it, or no event highlighted. */
export type Emphasis = 'on' | 'off' | undefined;

/** Props of GraphNodeMark. */
export interface GraphNodeMarkProps {
  id: string;
  x: number;
  y: number;
  radius: number;
  colour: string;
  /** Name plus event count: the accessible name, and the tooltip (the visible label may be hidden). */
  ariaLabel: string;
  selected: boolean;
  emphasis: Emphasis;
  onToggle: (id: string) => void;
}

/** One participant: a circle with its name as a tooltip, a toggle button for the person filter. */
export function GraphNodeMark(props: GraphNodeMarkProps) {
  const { id, x, y, radius, colour, ariaLabel, selected, emphasis, onToggle } = props;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle(id);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; role, tabIndex and keys make the group one
    <g
      className="graph-node"
      data-node-id={id}
      data-emphasis={emphasis}
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      aria-pressed={selected}
      onClick={() => onToggle(id)}
      onKeyDown={onKeyDown}
    >
      <title>{ariaLabel}</title>
      {selected ? <circle className="graph-node-ring" cx={x} cy={y} r={radius + 4} /> : null}
      <circle className="graph-node-disc" cx={x} cy={y} r={radius} fill={colour} />
    </g>
  );
}
