import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

/** One line of a heap summary: a kind of thing, how many there are and their own size. */
export interface HeapLine {
  name: string;
  count: number;
  mb: number;
}

/** Where a heap's bytes are: by node type and name, by object shape, and arrays by what holds them. */
export interface HeapSummary {
  totalMB: number;
  byKind: HeapLine[];
  /** Objects by constructor and their first property names, with their out-of-line stores. */
  byShape: HeapLine[];
  /** Arrays (with their elements) by the property or element edge that first holds them. */
  arraysByHolder: HeapLine[];
}

/** Writes a heap snapshot of the page to `path`, chunk by chunk (a 100 MB heap's is over 1 GB). */
export async function takeHeapSnapshot(cdp: CDPSession, path: string): Promise<void> {
  const fd = openSync(path, 'w');
  const write = ({ chunk }: { chunk: string }) => writeSync(fd, chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', write);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', write);
    closeSync(fd);
  }
}

// The numbers of a top-level array such as "nodes":[…], read from the bytes: the file is too large to
// be one string for JSON.parse.
function numbersAfter(bytes: Buffer, key: string): Float64Array {
  const start = bytes.indexOf(key);
  if (start < 0) throw new Error(`no ${key} in the snapshot`);
  const end = bytes.indexOf(']', start);
  const out: number[] = [];
  let n = 0;
  let inNumber = false;
  for (let i = start + key.length; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) {
      n = n * 10 + c - 48;
      inNumber = true;
    } else if (inNumber) {
      out.push(n);
      n = 0;
      inNumber = false;
    }
  }
  if (inNumber) out.push(n);
  return Float64Array.from(out);
}

interface SnapshotMeta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
}

const lines = (table: Map<string, [number, number]>, top: number): HeapLine[] =>
  [...table]
    .sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([name, [count, bytes]]) => ({ name, count, mb: Math.round(bytes / 10_000) / 100 }));

function add(table: Map<string, [number, number]>, key: string, bytes: number) {
  const line = table.get(key);
  if (line) {
    line[0] += 1;
    line[1] += bytes;
  } else table.set(key, [1, bytes]);
}

/** Summarises a .heapsnapshot file (Chromium's format) into its `top` largest lines of each kind. */
export function summariseHeapSnapshot(path: string, top = 20): HeapSummary {
  const bytes = readFileSync(path);
  const head = JSON.parse(
    `${bytes.subarray(0, bytes.indexOf('"nodes":[')).toString().replace(/,\s*$/, '')}}`,
  );
  const meta = head.snapshot.meta as SnapshotMeta;
  const nodes = numbersAfter(bytes, '"nodes":[');
  const edges = numbersAfter(bytes, '"edges":[');
  const stringsAt = bytes.indexOf('"strings":[');
  const strings = JSON.parse(
    bytes.subarray(stringsAt + 10, bytes.lastIndexOf(']') + 1).toString(),
  ) as string[];
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const field = (name: string) => meta.node_fields.indexOf(name);
  const [TYPE, NAME, SIZE, EDGES] = [field('type'), field('name'), field('self_size'), field('edge_count')];
  const EDGE_TYPE = meta.edge_fields.indexOf('type');
  const EDGE_NAME = meta.edge_fields.indexOf('name_or_index');
  const TO = meta.edge_fields.indexOf('to_node');
  const typeOf = (node: number) => nodeTypes[nodes[node + TYPE] as number] as string;
  const nameOf = (node: number) => strings[nodes[node + NAME] as number] as string;

  // The first edge of each node, and each array's size with its elements' and property stores' own.
  const firstEdge = new Int32Array(nodes.length / nf + 1);
  for (let node = 0, at = 0; node < nodes.length; node += nf) {
    firstEdge[node / nf] = at;
    at += nodes[node + EDGES] as number;
  }
  const withStores = (node: number) => {
    let size = nodes[node + SIZE] as number;
    for (let k = 0; k < (nodes[node + EDGES] as number); k++) {
      const edge = ((firstEdge[node / nf] as number) + k) * ef;
      const to = edges[edge + TO] as number;
      const internal = edgeTypes[edges[edge + EDGE_TYPE] as number] === 'internal';
      if (internal && (typeOf(to) === 'array' || nameOf(to) === 'system / PropertyArray')) {
        size += nodes[to + SIZE] as number;
      }
    }
    return size;
  };

  const byKind = new Map<string, [number, number]>();
  const byShape = new Map<string, [number, number]>();
  const byHolder = new Map<string, [number, number]>();
  const held = new Uint8Array(nodes.length / nf);
  let total = 0;
  for (let node = 0; node < nodes.length; node += nf) {
    const type = typeOf(node);
    const name = nameOf(node);
    total += nodes[node + SIZE] as number;
    add(
      byKind,
      type.endsWith('string') ? type : `${type}: ${name.slice(0, 60)}`,
      nodes[node + SIZE] as number,
    );
    const properties: string[] = [];
    for (let k = 0; k < (nodes[node + EDGES] as number); k++) {
      const edge = ((firstEdge[node / nf] as number) + k) * ef;
      const kind = edgeTypes[edges[edge + EDGE_TYPE] as number];
      const to = edges[edge + TO] as number;
      if (kind === 'property') properties.push(strings[edges[edge + EDGE_NAME] as number] as string);
      if (
        (kind === 'property' || kind === 'element') &&
        typeOf(to) === 'object' &&
        nameOf(to) === 'Array' &&
        !held[to / nf]
      ) {
        held[to / nf] = 1;
        const holder =
          kind === 'property' ? `${name}.${strings[edges[edge + EDGE_NAME] as number]}` : `${name}[i]`;
        add(byHolder, holder, withStores(to));
      }
    }
    if (type === 'object' && name !== 'Array') {
      const shown = properties.filter((p) => p !== '__proto__').slice(0, 10);
      add(byShape, `${name}{${shown.join(',')}}`, withStores(node));
    }
  }
  return {
    totalMB: Math.round(total / 10_000) / 100,
    byKind: lines(byKind, top),
    byShape: lines(byShape, top),
    arraysByHolder: lines(byHolder, top),
  };
}
