import type { TextRange } from './text-spans.ts';

/**
 * The UTF-16 offset, within `root`'s text, of a DOM position (a node and an offset into it, as a
 * Selection gives). Counts the text nodes before it, so any markup inside the paragraph (highlights)
 * is transparent; `root` must hold the paragraph's text and nothing else.
 */
export function textOffset(root: Node, node: Node, offset: number): number {
  let target: Node = node;
  let within = offset;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A position between children: the text of the first `offset` children comes before it.
    const child = node.childNodes[offset];
    if (child) {
      target = child;
      within = 0;
    } else {
      within = (node.textContent ?? '').length;
    }
  }
  let total = 0;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === target) return total + within;
    if (target.nodeType !== Node.TEXT_NODE && target.contains(text)) return total + within;
    if (
      target.nodeType !== Node.TEXT_NODE &&
      (target.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    )
      return total;
    total += (text.textContent ?? '').length;
  }
  return total;
}

/** The paragraph element holding a node: the nearest ancestor with data-paragraph. */
function paragraphOf(node: Node | null): HTMLElement | null {
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return (element?.closest('[data-paragraph]') as HTMLElement | null) ?? null;
}

/**
 * The range a DOM selection covers when both its ends lie in one paragraph (an element with
 * data-paragraph="N" holding only that paragraph's text); null for none, a caret, or two paragraphs.
 */
export function rangeOfSelection(selection: Selection | null): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  const paragraph = paragraphOf(anchorNode);
  if (!paragraph || !anchorNode || !focusNode || paragraphOf(focusNode) !== paragraph) return null;
  const a = textOffset(paragraph, anchorNode, selection.anchorOffset);
  const b = textOffset(paragraph, focusNode, selection.focusOffset);
  return { paragraph: Number(paragraph.dataset.paragraph), start: Math.min(a, b), end: Math.max(a, b) };
}

/** The DOM position (a text node and an offset into it) at `offset` of `root`'s text. */
export function domPointAt(root: Node, offset: number): { node: Node; offset: number } {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  let last: Node | null = null;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const length = (text.textContent ?? '').length;
    // An offset on a boundary belongs to the node it starts, so a selection never begins at a node's end.
    if (offset < total + length) return { node: text, offset: offset - total };
    total += length;
    last = text;
  }
  return last ? { node: last, offset: (last.textContent ?? '').length } : { node: root, offset: 0 };
}
