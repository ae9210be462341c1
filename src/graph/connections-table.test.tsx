// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { GRAPH_STRINGS } from '../i18n/strings-graph.ts';
import type { GraphEdge } from '../model/participant-graph.ts';
import { mountEachTest } from '../test/mount.ts';
import { ConnectionsTable } from './connections-table.tsx';

const mount = mountEachTest();
const g = GRAPH_STRINGS.en;
const long = `Delegate ${'x'.repeat(200)}`;
const names = new Map([
  ['a', long],
  ['b', 'Sergey Lavrov'],
]);
const edge: GraphEdge = {
  id: 'a|b',
  source: 'a',
  target: 'b',
  weight: 2,
  kinds: { call: 0, meeting: 2, other: 0 },
  initiated: [],
};

describe('ConnectionsTable', () => {
  it('cuts a long name to 40 characters in the row and keeps both whole in the title', () => {
    act(() =>
      mount.root.render(
        <ConnectionsTable
          edges={[edge]}
          nameOf={(id) => names.get(id) ?? id}
          onSelectPair={() => {}}
          lang="en"
          g={g}
        />,
      ),
    );
    const button = mount.container.querySelector('.graph-pair-button');
    expect(button?.textContent).toBe(`Delegate ${'x'.repeat(30)}… – Sergey Lavrov`);
    expect(button?.getAttribute('title')).toBe(`Show the events of ${long} and Sergey Lavrov`);
  });
});
