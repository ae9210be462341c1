import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { summariseHeapSnapshot } from './heap-snapshot.ts';

let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

// A window holding one event object, whose title is a string and whose ids are an array with its
// elements: Chromium's .heapsnapshot layout, five nodes and four edges.
const snapshot = {
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
      node_types: [['hidden', 'array', 'string', 'object'], 'string', 'number', 'number', 'number'],
      edge_fields: ['type', 'name_or_index', 'to_node'],
      edge_types: [['context', 'element', 'property', 'internal'], 'string_or_number', 'node'],
    },
    node_count: 5,
    edge_count: 4,
  },
  nodes: [
    ...[3, 1, 1, 1_000_000, 1],
    ...[3, 2, 2, 400_000, 2],
    ...[2, 3, 3, 300_000, 0],
    ...[3, 4, 4, 160_000, 1],
    ...[1, 0, 5, 240_000, 0],
  ],
  edges: [...[2, 5, 5], ...[2, 6, 10], ...[2, 7, 15], ...[3, 8, 20]],
  strings: ['', 'Window', 'Object', 'Lavrov', 'Array', 'event', 'title', 'ids', 'elements'],
};

it('sums a heap snapshot by kind, by object shape and arrays by their holder', () => {
  scratch = mkdtempSync(join(tmpdir(), 'rasd-heap-'));
  const path = join(scratch, 'tiny.heapsnapshot');
  writeFileSync(path, JSON.stringify(snapshot));
  expect(summariseHeapSnapshot(path)).toEqual({
    totalMB: 2.1,
    byKind: [
      { name: 'object: Window', count: 1, mb: 1 },
      { name: 'object: Object', count: 1, mb: 0.4 },
      { name: 'string', count: 1, mb: 0.3 },
      { name: 'array: ', count: 1, mb: 0.24 },
      { name: 'object: Array', count: 1, mb: 0.16 },
    ],
    byShape: [
      { name: 'Window{event}', count: 1, mb: 1 },
      { name: 'Object{title,ids}', count: 1, mb: 0.4 },
    ],
    // The array's own 0.16 MB and its elements' 0.24.
    arraysByHolder: [{ name: 'Object.ids', count: 1, mb: 0.4 }],
  });
});
