import type { GraphEdge, GraphParts } from '../participant-graph.ts';
import { edgeDirection } from './graph-direction.ts';
import { xmlText } from './xml-text.ts';

const KEYS = [
  ['label', 'node', 'string'],
  ['name_ar', 'node', 'string'],
  ['name_en', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['country', 'node', 'string'],
  ['events', 'node', 'int'],
  ['weight', 'edge', 'int'],
  ['calls', 'edge', 'int'],
  ['meetings', 'edge', 'int'],
  ['others', 'edge', 'int'],
  ['initiator', 'edge', 'string'],
  ['initiations', 'edge', 'int'],
] as const;

const data = (key: string, value: string | number) =>
  `      <data key="${key}">${xmlText(String(value))}</data>`;

function edgeLines(edge: GraphEdge, i: number): string[] {
  const { initiator, initiations } = edgeDirection(edge);
  // An edge one side always initiated is directed from that side (Gephi and Cytoscape draw an arrow).
  const [source, target] =
    initiator === edge.target ? [edge.target, edge.source] : [edge.source, edge.target];
  return [
    `    <edge id="e${i}" source="${xmlText(source)}" target="${xmlText(target)}" directed="${initiator !== null}">`,
    data('weight', edge.weight),
    data('calls', edge.kinds.call),
    data('meetings', edge.kinds.meeting),
    data('others', edge.kinds.other),
    ...(initiator ? [data('initiator', initiator)] : []),
    data('initiations', initiations),
    '    </edge>',
  ];
}

/**
 * The participant graph as GraphML: nodes with both names, kind, country and event count; undirected
 * edges with weight and counts by kind, directed from the initiator when one side always initiated.
 */
export function graphGraphml(graph: GraphParts): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="rasd" edgedefault="undirected">',
    ...graph.nodes.flatMap((node) => [
      `    <node id="${xmlText(node.id)}">`,
      data('label', node.name.en),
      data('name_ar', node.name.ar),
      data('name_en', node.name.en),
      data('kind', node.kind),
      ...(node.country ? [data('country', node.country)] : []),
      data('events', node.eventCount),
      '    </node>',
    ]),
    ...graph.edges.flatMap(edgeLines),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
