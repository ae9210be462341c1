// @vitest-environment jsdom
import { act } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphNode } from '../model/participant-graph.ts';
import { mountEachTest } from '../test/mount.ts';
import type { Disc } from './edge-geometry.ts';
import { GraphLabels, type GraphLabelsProps } from './graph-labels.tsx';
import { forgetLabelSizes } from './use-label-sizes.ts';

const mount = mountEachTest();

// jsdom lays nothing out: a label measures 7 px a character, 16 px tall, 12 px of it above the baseline.
// Each measurement is counted, by the label's words and direction.
const measuredWords: string[] = [];
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    configurable: true,
    value(this: SVGTextElement) {
      measuredWords.push(`${this.textContent} ${this.getAttribute('direction')}`);
      const width = 7 * (this.textContent ?? '').length;
      const [x, y] = [Number(this.getAttribute('x')), Number(this.getAttribute('y'))];
      return { x: x - width / 2, y: y - 12, width, height: 16 };
    },
  });
});
afterAll(() => {
  Reflect.deleteProperty(SVGElement.prototype, 'getBBox');
});
beforeEach(() => {
  forgetLabelSizes();
  measuredWords.length = 0;
});

const person = (id: string, en: string, ar: string, eventCount = 1): GraphNode => ({
  id,
  kind: 'person',
  country: null,
  name: { ar, en },
  eventIds: [],
  eventCount,
});
// Vienna's four, in a row 40 layout units apart, each of radius 18, seen at twice the size.
const nodes = [
  person('kerry', 'John Kerry', 'جون كيري'),
  person('lavrov', 'Sergey Lavrov', 'سيرغي لافروف'),
  person('saudi-fm', 'Saudi foreign minister', 'وزير الخارجية السعودي'),
  person('turkish-fm', 'Turkish foreign minister', 'وزير الخارجية التركي'),
];
const discs = new Map<string, Disc>(nodes.map((n, i) => [n.id, { x: 40 * i, y: 0, r: 18 }]));

function render(overrides: Partial<GraphLabelsProps> = {}) {
  const props: GraphLabelsProps = {
    nodes,
    discs,
    edges: [],
    selected: new Set(),
    emphasis: null,
    x: 180,
    y: 178,
    k: 2,
    width: 600,
    height: 400,
    lang: 'en',
    dir: 'ltr',
    ...overrides,
  };
  act(() =>
    mount.root.render(
      <svg>
        <title>graph</title>
        <GraphLabels {...props} />
      </svg>,
    ),
  );
}

/** Each label's words, where its anchor is, and whether it shows. */
const labels = () =>
  [...mount.container.querySelectorAll('text.graph-label')].map((t) => [
    t.textContent,
    Number(t.getAttribute('x')),
    Number(t.getAttribute('y')),
    t.getAttribute('visibility') ?? 'shown',
  ]);

describe('GraphLabels', () => {
  it('places each measured label on the first free side, in screen units under the pan', () => {
    render();
    const layer = mount.container.querySelector('.graph-labels');
    expect(layer?.getAttribute('transform')).toBe('translate(180 178)');
    expect(layer?.getAttribute('aria-hidden')).toBe('true');
    expect(labels()).toEqual([
      // After Kerry lies Lavrov's disc, so his name goes before; Lavrov's above; the Saudi's below.
      ['John Kerry', -74, 4, 'shown'],
      ['Sergey Lavrov', 80, -43, 'shown'],
      ['Saudi foreign minister', 160, 51, 'shown'],
      // After the Turk, his name would leave the 600 px canvas (at 420 on the layer): above him instead.
      ['Turkish foreign minister', 240, -43, 'shown'],
    ]);
  });

  it('in Arabic puts "after" on the left and gives the text its direction', () => {
    render({ lang: 'ar', dir: 'rtl', nodes: nodes.slice(0, 2), discs: new Map([...discs].slice(0, 2)) });
    // Lavrov's after (left) side holds Kerry's disc; his before side is free.
    expect(labels()).toEqual([
      ['جون كيري', -67, 4, 'shown'],
      ['سيرغي لافروف', 161, 4, 'shown'],
    ]);
    const text = mount.container.querySelector('text[data-label-for="lavrov"]');
    expect(text?.getAttribute('direction')).toBe('rtl');
  });

  it('hides a label with no free side, and places a chosen person’s first', () => {
    // Zoomed out to a quarter, the discs almost touch: Kerry's label, before him, blocks Lavrov's above
    // and below; the Saudi's is blocked all round; the Turk's goes after him.
    render({ k: 0.25 });
    const shown = () => labels().map(([name, , , state]) => `${name}: ${state}`);
    expect(shown()).toEqual([
      'John Kerry: shown',
      'Sergey Lavrov: hidden',
      'Saudi foreign minister: hidden',
      'Turkish foreign minister: shown',
    ]);
    // Chosen, Lavrov is placed first (above him): Kerry's moves below Kerry, and the Turk's after him
    // would now cross Lavrov's.
    render({ k: 0.25, selected: new Set(['lavrov']) });
    expect(shown()).toEqual([
      'John Kerry: shown',
      'Sergey Lavrov: shown',
      'Saudi foreign minister: hidden',
      'Turkish foreign minister: hidden',
    ]);
    expect(labels()[0]).toEqual(['John Kerry', 0, 19.5, 'shown']);
  });

  it('measures words once per direction: a new graph measures only the names it adds', () => {
    render({ nodes: nodes.slice(0, 2) });
    expect(measuredWords).toEqual(['John Kerry ltr', 'Sergey Lavrov ltr']);
    const fresh = labels();
    render();
    expect(measuredWords.slice(2)).toEqual(['Saudi foreign minister ltr', 'Turkish foreign minister ltr']);
    // The same names in the other direction are laid out otherwise: measured again.
    render({ dir: 'rtl', nodes: nodes.slice(0, 1) });
    expect(measuredWords.slice(4)).toEqual(['John Kerry rtl']);
    // Placed from the remembered sizes, as from fresh ones.
    render({ nodes: nodes.slice(0, 2) });
    expect(measuredWords).toHaveLength(5);
    expect(labels()).toEqual(fresh);
    expect(fresh.map(([, , , state]) => state)).toEqual(['shown', 'shown']);
  });
});
