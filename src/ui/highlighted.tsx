import type { ReactNode } from 'react';
import { findMatches, type TextRange } from '../model/search-text.ts';

/**
 * The part of `text` that starts at `offset` in its paragraph, with the ranges (paragraph offsets)
 * that fall inside it marked. Text stays text: nothing here is parsed as markup.
 */
export function markRanges(text: string, offset: number, ranges: readonly TextRange[]): ReactNode {
  const end = offset + text.length;
  const inside = ranges.filter(([a, b]) => b > offset && a < end);
  if (inside.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = offset;
  // Ranges may overlap (a query word inside a person's name): each character is marked once.
  for (const [a, b] of [...inside].sort((p, q) => p[0] - q[0])) {
    const from = Math.max(a, at);
    const to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at - offset, from - offset));
    parts.push(
      <mark key={from} className="hit">
        {text.slice(from - offset, to - offset)}
      </mark>,
    );
    at = to;
  }
  if (at < end) parts.push(text.slice(at - offset));
  return parts;
}

/** `text` with every match of the search query marked (Arabic-aware, see findMatches). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query.trim()) return text;
  return <>{markRanges(text, 0, findMatches(text, query))}</>;
}
