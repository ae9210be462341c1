/**
 * Brings `element` into view inside its scrolling pane only. Scrolling the page instead would pull
 * the timeline away from under the reader's hand, so when the pane does not scroll, nothing moves.
 */
export function scrollIntoPane(
  element: Element | null | undefined,
  position: 'center' | 'nearest' = 'nearest',
): void {
  if (!(element instanceof HTMLElement)) return;
  const pane = element.closest<HTMLElement>('.pane');
  if (!pane || pane.scrollHeight <= pane.clientHeight) return;
  const paneBox = pane.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const top = box.top - paneBox.top + pane.scrollTop;
  if (position === 'nearest' && box.top >= paneBox.top && box.bottom <= paneBox.bottom) return;
  const target = position === 'center' ? top - pane.clientHeight / 3 : top - 8;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  pane.scrollTo({ top: Math.max(0, target), behavior: still ? 'auto' : 'smooth' });
}
