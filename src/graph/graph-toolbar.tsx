import type { GraphStrings } from '../i18n/strings-graph.ts';

/** Props of GraphToolbar. */
export interface GraphToolbarProps {
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** Whether the layout on screen belongs to the current graph; else `progress` (0 to 1) is announced. */
  settled: boolean;
  progress: number;
  g: GraphStrings;
}

const STEP = 1.4;

/** Zoom and fit buttons for keyboard and touch, and the polite "laying out…" status. */
export function GraphToolbar({ onZoom, onFit, settled, progress, g }: GraphToolbarProps) {
  return (
    <div className="graph-toolbar">
      <button type="button" onClick={() => onZoom(STEP)} aria-label={g.zoomIn} title={g.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => onZoom(1 / STEP)} aria-label={g.zoomOut} title={g.zoomOut}>
        −
      </button>
      <button type="button" onClick={onFit} title={g.fitLabel}>
        {g.fit}
      </button>
      <p className="graph-status" role="status">
        {settled ? '' : g.layingOutProgress(Math.round(progress * 100))}
      </p>
    </div>
  );
}
