/** Space kept between the card and the viewport's edges, and between the card and its event. */
const MARGIN = 4;
const GAP = 16;

interface Point {
  readonly x: number;
  readonly y: number;
}
interface Size {
  readonly width: number;
  readonly height: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Where a tooltip goes, in viewport pixels: centred under its anchor, flipped above when the bottom
 * is too near, and beside it when neither fits (a short iframe, or an anchor scrolled out of view);
 * always held inside the viewport. When the card is larger than the viewport its top-left corner
 * stays in view.
 */
export function placeTooltip(anchor: Point, box: Size, view: Size): { left: number; top: number } {
  const maxLeft = view.width - box.width - MARGIN;
  const maxTop = view.height - box.height - MARGIN;
  const fits = (top: number) => top >= MARGIN && top <= maxTop;
  const below = anchor.y + GAP;
  const above = anchor.y - GAP - box.height;
  if (fits(below) || fits(above)) {
    return { left: clamp(anchor.x - box.width / 2, MARGIN, maxLeft), top: fits(below) ? below : above };
  }
  const after = anchor.x + GAP;
  const before = anchor.x - GAP - box.width;
  return {
    left: clamp(view.width - anchor.x >= anchor.x ? after : before, MARGIN, maxLeft),
    top: clamp(anchor.y - box.height / 2, MARGIN, maxTop),
  };
}
