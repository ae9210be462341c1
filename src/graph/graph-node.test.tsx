// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import { GraphNodeMark, type GraphNodeMarkProps } from './graph-node.tsx';

const mount = mountEachTest();

function render(overrides: Partial<GraphNodeMarkProps> = {}) {
  const toggled: string[] = [];
  const props: GraphNodeMarkProps = {
    id: 'lavrov',
    x: 120.5,
    y: -42,
    radius: 18,
    colour: '#1f77b4',
    ariaLabel: 'Sergey Lavrov: 4 events',
    selected: false,
    emphasis: undefined,
    onToggle: (id) => toggled.push(id),
    ...overrides,
  };
  act(() =>
    mount.root.render(
      <svg>
        <title>graph</title>
        <GraphNodeMark {...props} />
      </svg>,
    ),
  );
  return toggled;
}

const circles = () =>
  [...mount.container.querySelectorAll('circle')].map((c) => [
    c.getAttribute('class'),
    c.getAttribute('cx'),
    c.getAttribute('cy'),
    c.getAttribute('r'),
  ]);

describe('GraphNodeMark', () => {
  // Placed by the circles' own centres, not a transform per node: each transform is a paint property
  // node of its own, which every frame's layerisation walked (a third of it after a click at 100k).
  it('draws its disc at the laid-out place, with no transform of its own', () => {
    render();
    const node = mount.container.querySelector('g.graph-node');
    expect(node?.hasAttribute('transform')).toBe(false);
    expect(circles()).toEqual([['graph-node-disc', '120.5', '-42', '18']]);
    expect(node?.getAttribute('aria-pressed')).toBe('false');
  });

  it('rings a chosen person at the same place, and toggles by click, Enter and Space', () => {
    const toggled = render({ selected: true });
    expect(circles()).toEqual([
      ['graph-node-ring', '120.5', '-42', '22'],
      ['graph-node-disc', '120.5', '-42', '18'],
    ]);
    const node = mount.container.querySelector('g.graph-node') as SVGGElement;
    expect(node.getAttribute('aria-pressed')).toBe('true');
    act(() => node.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    act(() => node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    act(() => node.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    act(() => node.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(toggled).toEqual(['lavrov', 'lavrov', 'lavrov']);
  });
});
