/** The parts of a DOM event that decide whether d3-zoom may take it. */
export interface ZoomFilterEvent {
  type: string;
  button?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Whether a wheel notch may zoom: always, unless `wheelNeedsKey` (an embed), and then only with Ctrl
 * or ⌘ held. A plain wheel over an embed belongs to the host page, whose reader is scrolling past it;
 * vis-timeline's `zoomKey` makes the same choice.
 */
export function wheelMayZoom(event: ZoomFilterEvent, wheelNeedsKey: boolean): boolean {
  return !wheelNeedsKey || event.ctrlKey === true || event.metaKey === true;
}

/**
 * The filter every zoomable view gives d3-zoom: a press of the main button, a touch, or a wheel notch
 * that `wheelMayZoom` allows (`wheelNeedsKey` default false). Keys never pan; the views handle them.
 */
export function zoomGestureFilter(wheelNeedsKey = false): (event: ZoomFilterEvent) => boolean {
  return (event) => {
    if (event.type.startsWith('key')) return false;
    if (event.type === 'wheel') return wheelMayZoom(event, wheelNeedsKey);
    return !event.button;
  };
}
