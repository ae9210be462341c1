// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import type { EdgeShape } from './edge-geometry.ts';
import { EdgeStrands } from './graph-edge.tsx';

const mount = mountEachTest();

const shape = (arrows: string[]): EdgeShape => ({
  strands: [
    { kind: 'call', count: 3, width: 2.5, x1: 0, y1: -2, x2: 90, y2: -2 },
    { kind: 'meeting', count: 1, width: 1, x1: 0, y1: 2, x2: 90, y2: 2 },
  ],
  hit: { x1: 0, y1: 0, x2: 90, y2: 0 },
  arrows,
  mid: { x: 45, y: 0 },
});

function render(edge: EdgeShape) {
  act(() =>
    mount.root.render(
      <svg>
        <title>edge</title>
        <EdgeStrands shape={edge} emphasis="on" />
      </svg>,
    ),
  );
}

const arrowPaths = () =>
  [...mount.container.querySelectorAll('.graph-edge-arrow')].map((p) => p.getAttribute('d'));

describe('EdgeStrands', () => {
  it('draws a strand per kind, dashed by kind, and both arrowheads in one path', () => {
    render(shape(['M11.5 0L20.5 4.5L20.5 -4.5Z', 'M78.5 0L69.5 4.5L69.5 -4.5Z']));
    const strands = [...mount.container.querySelectorAll('.graph-edge-strand')].map((l) => [
      l.getAttribute('data-kind'),
      l.getAttribute('y1'),
      l.getAttribute('stroke-width'),
      l.getAttribute('stroke-dasharray'),
    ]);
    expect(strands).toEqual([
      ['call', '-2', '2.5', '7 4'],
      ['meeting', '2', '1', null],
    ]);
    expect(arrowPaths()).toEqual(['M11.5 0L20.5 4.5L20.5 -4.5ZM78.5 0L69.5 4.5L69.5 -4.5Z']);
    expect(mount.container.querySelector('.graph-edge')?.getAttribute('data-emphasis')).toBe('on');
  });

  it('draws one head for one direction and none when no one initiated', () => {
    render(shape(['M78.5 0L69.5 4.5L69.5 -4.5Z']));
    expect(arrowPaths()).toEqual(['M78.5 0L69.5 4.5L69.5 -4.5Z']);
    render(shape([]));
    expect(arrowPaths()).toEqual([]);
  });
});
