import { memo, useMemo } from 'react';
import type { GraphStrings } from '../i18n/strings-graph.ts';
import { clipText, NAME_CHARACTERS } from '../model/clip-text.ts';
import { collatorFor, formatNumber, type Lang } from '../model/format-date.ts';
import { EDGE_KINDS, type GraphEdge } from '../model/participant-graph.ts';
import { usePages } from '../ui/pages.tsx';

/** Props of ConnectionsTable. */
export interface ConnectionsTableProps {
  edges: readonly GraphEdge[];
  nameOf: (id: string) => string;
  onSelectPair: (a: string, b: string) => void;
  lang: Lang;
  g: GraphStrings;
}

/** "3 phone calls, 1 meeting": an edge's kind counts in words, in the graph's kind order. */
export function describeKinds(edge: GraphEdge, g: GraphStrings): string {
  return EDGE_KINDS.filter((kind) => edge.kinds[kind] > 0)
    .map((kind) => g.kindCounts[kind](edge.kinds[kind]))
    .join(g.listSeparator);
}

/** Rows shown at first and added by each "show more": the strongest connections come first. */
export const CONNECTIONS_PAGE = 100;

/**
 * The edges strongest first; ties by the two names in the interface language. Names are ranked once
 * by the collator and pairs compared by rank: a collator call per comparison took seconds at 100,000
 * edges.
 */
function strongestFirst(edges: readonly GraphEdge[], nameOf: (id: string) => string, lang: Lang) {
  const collator = collatorFor(lang);
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const names = new Map(ids.map((id) => [id, nameOf(id)]));
  ids.sort((x, y) => collator.compare(names.get(x) ?? x, names.get(y) ?? y));
  const rank = new Map(ids.map((id, i) => [id, i]));
  const r = (id: string) => rank.get(id) ?? 0;
  return edges
    .map((edge) => ({
      edge,
      a: names.get(edge.source) ?? edge.source,
      b: names.get(edge.target) ?? edge.target,
    }))
    .sort(
      (x, y) =>
        y.edge.weight - x.edge.weight ||
        r(x.edge.source) - r(y.edge.source) ||
        r(x.edge.target) - r(y.edge.target),
    );
}

/**
 * The graph as a table, its text alternative: each pair, the events they share and their kinds,
 * strongest first, a page at a time. Memoised: it can be long. Each name is cut to NAME_CHARACTERS
 * in the row; the button's title holds both whole.
 */
export const ConnectionsTable = memo(function ConnectionsTable({
  edges,
  nameOf,
  onSelectPair,
  lang,
  g,
}: ConnectionsTableProps) {
  const rows = useMemo(() => strongestFirst(edges, nameOf, lang), [edges, nameOf, lang]);
  const { shown, more } = usePages(
    rows.map((row) => row.edge),
    null,
    CONNECTIONS_PAGE,
  );
  if (edges.length === 0) return <p className="muted">{g.noConnections}</p>;
  return (
    <>
      <table className="connections-table">
        <caption>{g.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{g.columnPair}</th>
            <th scope="col">{g.columnEvents}</th>
            <th scope="col">{g.columnKinds}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map(({ edge, a, b }) => (
            <tr key={edge.id}>
              <th scope="row">
                <button
                  type="button"
                  className="graph-pair-button"
                  title={g.showPair(a, b)}
                  onClick={() => onSelectPair(edge.source, edge.target)}
                >
                  {g.pair(clipText(a, NAME_CHARACTERS), clipText(b, NAME_CHARACTERS))}
                </button>
              </th>
              <td className="numeric">{formatNumber(edge.weight, lang)}</td>
              <td>{describeKinds(edge, g)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
});
