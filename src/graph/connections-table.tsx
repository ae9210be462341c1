import { memo } from 'react';
import type { GraphStrings } from '../app/strings-graph.ts';
import { collatorFor, formatNumber, type Lang } from '../model/format-date.ts';
import { EDGE_KINDS, type GraphEdge } from '../model/participant-graph.ts';

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

/** The graph as a table, its text alternative: each pair, the events they share and their kinds. Memoised: it can be long. */
export const ConnectionsTable = memo(function ConnectionsTable({
  edges,
  nameOf,
  onSelectPair,
  lang,
  g,
}: ConnectionsTableProps) {
  if (edges.length === 0) return <p className="muted">{g.noConnections}</p>;
  const collator = collatorFor(lang);
  const rows = edges
    .map((edge) => ({ edge, a: nameOf(edge.source), b: nameOf(edge.target) }))
    .sort((x, y) => y.edge.weight - x.edge.weight || collator.compare(`${x.a} ${x.b}`, `${y.a} ${y.b}`));
  return (
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
        {rows.map(({ edge, a, b }) => (
          <tr key={edge.id}>
            <th scope="row">
              <button
                type="button"
                className="graph-pair-button"
                title={g.showPair(a, b)}
                onClick={() => onSelectPair(edge.source, edge.target)}
              >
                {g.pair(a, b)}
              </button>
            </th>
            <td className="numeric">{formatNumber(edge.weight, lang)}</td>
            <td>{describeKinds(edge, g)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
