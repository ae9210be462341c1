import type { GraphEdge, GraphParts } from '../participant-graph.ts';
import { edgeDirection } from './graph-direction.ts';
import { xmlText } from './xml-text.ts';

const NODE_ATTRIBUTES = [
  ['name_ar', 'string'],
  ['name_en', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
  ['events', 'integer'],
] as const;
const EDGE_ATTRIBUTES = [
  ['calls', 'integer'],
  ['meetings', 'integer'],
  ['others', 'integer'],
  ['initiator', 'string'],
  ['initiations', 'integer'],
] as const;

const value = (id: string, v: string | number) =>
  `          <attvalue for="${id}" value="${xmlText(String(v))}"/>`;

function edgeLines(edge: GraphEdge, i: number): string[] {
  const { initiator, initiations } = edgeDirection(edge);
  const [source, target] =
    initiator === edge.target ? [edge.target, edge.source] : [edge.source, edge.target];
  return [
    `      <edge id="e${i}" source="${xmlText(source)}" target="${xmlText(target)}" weight="${edge.weight}" type="${initiator ? 'directed' : 'undirected'}">`,
    '        <attvalues>',
    value('calls', edge.kinds.call),
    value('meetings', edge.kinds.meeting),
    value('others', edge.kinds.other),
    ...(initiator ? [value('initiator', initiator)] : []),
    value('initiations', initiations),
    '        </attvalues>',
    '      </edge>',
  ];
}

/** Options of graphGexf. */
export interface GexfOptions {
  /** The export day, YYYY-MM-DD, written as the file's last-modified date. */
  date: string;
  /** A line saying what the graph is of (the active filters), for the file's description. */
  description: string;
}

/** The participant graph as GEXF 1.3 (Gephi's own format): the same nodes, edges and attributes as GraphML. */
export function graphGexf(graph: GraphParts, options: GexfOptions): string {
  const attributes = (kind: 'node' | 'edge', list: readonly (readonly [string, string])[]) => [
    `    <attributes class="${kind}">`,
    ...list.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${xmlText(options.date)}">`,
    '    <creator>Rasd</creator>',
    `    <description>${xmlText(options.description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    ...attributes('node', NODE_ATTRIBUTES),
    ...attributes('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.nodes.flatMap((node) => [
      `      <node id="${xmlText(node.id)}" label="${xmlText(node.name.en)}">`,
      '        <attvalues>',
      value('name_ar', node.name.ar),
      value('name_en', node.name.en),
      value('kind', node.kind),
      ...(node.country ? [value('country', node.country)] : []),
      value('events', node.eventCount),
      '        </attvalues>',
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.flatMap(edgeLines),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
