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
  /** Visible name, in the interface language. */
  label: string;
  /** Name plus event count, for assistive technology. */
  ariaLabel: string;
  /** Whether the label is drawn; dense graphs show only the big, selected or highlighted ones. */
  showLabel: boolean;
  selected: boolean;
  emphasis: Emphasis;
  dir: 'rtl' | 'ltr';
  onToggle: (id: string) => void;
}

/** One participant: a circle and its label, a toggle button for the person filter. */
export function GraphNodeMark(props: GraphNodeMarkProps) {
  const { id, x, y, radius, colour, label, ariaLabel, showLabel, selected, emphasis, dir, onToggle } = props;
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
      transform={`translate(${x} ${y})`}
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      aria-pressed={selected}
      onClick={() => onToggle(id)}
      onKeyDown={onKeyDown}
    >
      {selected ? <circle className="graph-node-ring" r={radius + 4} /> : null}
      <circle className="graph-node-disc" r={radius} fill={colour} />
      {showLabel ? (
        // Centred under the circle, so the anchor means the same in both directions; `direction` orders mixed scripts.
        <text
          className="graph-node-label"
          y={radius + 2}
          textAnchor="middle"
          dominantBaseline="hanging"
          direction={dir}
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}
