// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../test/seed-record.ts';
import { buildParticipantGraph } from '../participant-graph.ts';
import { graphGexf } from './graph-gexf.ts';
import { graphGraphml } from './graph-graphml.ts';
import { xmlText } from './xml-text.ts';

function zarifGraph() {
  const corpus = seedCorpus();
  const events = corpus.events.filter((e) => e.participants.some((p) => p.entity === 'zarif'));
  return buildParticipantGraph(events, corpus.entities);
}

function seedGraph() {
  const corpus = seedCorpus();
  return buildParticipantGraph(corpus.events, corpus.entities);
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe('xmlText', () => {
  it('escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
    expect(xmlText('a\u0000b\u001bc\td\ud800e😀')).toBe('abc\tde😀');
  });
});

describe('graphGraphml', () => {
  it('writes the Lavrov–Zarif graph exactly, the edge directed from Zarif, who initiated', () => {
    expect(graphGraphml(zarifGraph())).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="name_ar" for="node" attr.name="name_ar" attr.type="string"/>
  <key id="name_en" for="node" attr.name="name_en" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="events" for="node" attr.name="events" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="calls" for="edge" attr.name="calls" attr.type="int"/>
  <key id="meetings" for="edge" attr.name="meetings" attr.type="int"/>
  <key id="others" for="edge" attr.name="others" attr.type="int"/>
  <key id="initiator" for="edge" attr.name="initiator" attr.type="string"/>
  <key id="initiations" for="edge" attr.name="initiations" attr.type="int"/>
  <graph id="rasd" edgedefault="undirected">
    <node id="lavrov">
      <data key="label">Sergey Lavrov</data>
      <data key="name_ar">سيرغي لافروف</data>
      <data key="name_en">Sergey Lavrov</data>
      <data key="kind">person</data>
      <data key="country">RU</data>
      <data key="events">4</data>
    </node>
    <node id="zarif">
      <data key="label">Mohammad Javad Zarif</data>
      <data key="name_ar">محمد جواد ظريف</data>
      <data key="name_en">Mohammad Javad Zarif</data>
      <data key="kind">person</data>
      <data key="country">IR</data>
      <data key="events">4</data>
    </node>
    <edge id="e0" source="zarif" target="lavrov" directed="true">
      <data key="weight">4</data>
      <data key="calls">3</data>
      <data key="meetings">1</data>
      <data key="others">0</data>
      <data key="initiator">zarif</data>
      <data key="initiations">1</data>
    </edge>
  </graph>
</graphml>
`);
  });

  it('parses back: every seed participant and pair, with counts and weights', () => {
    const graph = seedGraph();
    const doc = parse(graphGraphml(graph));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(graph.nodes.map((n) => n.id));
    expect(nodes).toHaveLength(13);
    const lavrov = nodes.find((n) => n.getAttribute('id') === 'lavrov');
    const value = (el: Element | undefined, key: string) =>
      [...(el?.getElementsByTagName('data') ?? [])].find((d) => d.getAttribute('key') === key)?.textContent;
    expect(value(lavrov, 'events')).toBe('13');
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges).toHaveLength(graph.edgeCount);
    const kerry = edges.find(
      (e) => e.getAttribute('source') === 'kerry' && e.getAttribute('target') === 'lavrov',
    );
    expect([
      value(kerry, 'weight'),
      value(kerry, 'calls'),
      value(kerry, 'meetings'),
      kerry?.getAttribute('directed'),
    ]).toEqual(['4', '3', '1', 'false']);
  });
});

describe('graphGexf', () => {
  it('writes the Lavrov–Zarif graph exactly', () => {
    expect(
      graphGexf(zarifGraph(), { date: '2026-12-01', description: 'Filters: people: <Zarif> & co' }),
    ).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="2026-12-01">
    <creator>Rasd</creator>
    <description>Filters: people: &lt;Zarif&gt; &amp; co</description>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="name_ar" title="name_ar" type="string"/>
      <attribute id="name_en" title="name_en" type="string"/>
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="country" title="country" type="string"/>
      <attribute id="events" title="events" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="calls" title="calls" type="integer"/>
      <attribute id="meetings" title="meetings" type="integer"/>
      <attribute id="others" title="others" type="integer"/>
      <attribute id="initiator" title="initiator" type="string"/>
      <attribute id="initiations" title="initiations" type="integer"/>
    </attributes>
    <nodes>
      <node id="lavrov" label="Sergey Lavrov">
        <attvalues>
          <attvalue for="name_ar" value="سيرغي لافروف"/>
          <attvalue for="name_en" value="Sergey Lavrov"/>
          <attvalue for="kind" value="person"/>
          <attvalue for="country" value="RU"/>
          <attvalue for="events" value="4"/>
        </attvalues>
      </node>
      <node id="zarif" label="Mohammad Javad Zarif">
        <attvalues>
          <attvalue for="name_ar" value="محمد جواد ظريف"/>
          <attvalue for="name_en" value="Mohammad Javad Zarif"/>
          <attvalue for="kind" value="person"/>
          <attvalue for="country" value="IR"/>
          <attvalue for="events" value="4"/>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="zarif" target="lavrov" weight="4" type="directed">
        <attvalues>
          <attvalue for="calls" value="3"/>
          <attvalue for="meetings" value="1"/>
          <attvalue for="others" value="0"/>
          <attvalue for="initiator" value="zarif"/>
          <attvalue for="initiations" value="1"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
`);
  });

  it('parses back with the same nodes and edges as the graph, names with quotes intact', () => {
    const graph = seedGraph();
    const [first, ...rest] = graph.nodes;
    const odd = {
      nodes: [{ ...(first as (typeof graph.nodes)[0]), name: { ar: 'س"ع<', en: `O'Neil & "Co"` } }, ...rest],
      edges: graph.edges,
    };
    const doc = parse(graphGexf(odd, { date: '2026-12-01', description: '' }));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes).toHaveLength(13);
    expect(nodes[0]?.getAttribute('label')).toBe(`O'Neil & "Co"`);
    expect(nodes[0]?.querySelector('attvalue[for="name_ar"]')?.getAttribute('value')).toBe('س"ع<');
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges.map((e) => Number(e.getAttribute('weight')))).toEqual(graph.edges.map((e) => e.weight));
  });
});
