import type { EvidenceRecord } from '../model/article-schema.ts';
import { domPointAt } from './dom-offsets.ts';

/**
 * Selects an evidence span in the article shown in `root` and puts the focus on its paragraph, so its
 * bounds can be moved from there with Shift and the arrows (or the mouse). False when it is not shown.
 */
export function selectSpanInText(root: ParentNode, span: EvidenceRecord): boolean {
  const paragraph = root.querySelector<HTMLElement>(`[data-paragraph="${span.paragraph}"]`);
  const selection = window.getSelection();
  if (!paragraph || !selection) return false;
  paragraph.focus();
  const start = domPointAt(paragraph, span.start);
  const end = domPointAt(paragraph, span.end);
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  return true;
}
