/**
 * A JSON value written with its strings and its objects' key lists in two tables, so each repeated
 * string ("participant", an entity id, a place) and each repeated object shape is written once.
 * The build packs the bundled records this way: at 100,000 events a third of the bytes, parsed faster,
 * and every repeated string is one string in memory instead of one per occurrence.
 *
 * In `root` and `values`: a string is its index in `strings` (≥ 0); a non-negative integer n below
 * 2^53 − 1 is −1 − n; an array is [−1, ...items]; an object is [shape, ...values] with its keys in
 * `shapes[shape]`; a shared array or object is [−3, k], k its index in `values`; any other number is
 * [−2, n]; true, false and null are themselves.
 */
export interface PackedJson {
  strings: string[];
  shapes: string[][];
  /** Arrays and objects that occur more than once, each written once and referred to as [−3, k]. */
  values: unknown[];
  root: unknown;
}

const ARRAY = -1;
const NUMBER = -2;
const SHARED = -3;

/** A distinct array or object: its packed form with children as node ids, and how often it occurs. */
interface Node {
  head: number;
  children: unknown[];
  count: number;
  slot: number;
}

/**
 * Packs a JSON value; undefined properties are left out, as JSON.stringify leaves them out. Equal
 * arrays and objects (the same entity in article after article, the same participant and role) are
 * written once, in `values`, and unpack to one shared object.
 */
export function packJson(value: unknown): PackedJson {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const nodes: Node[] = [];
  const nodeIds = new Map<string, number>();
  const intern = <T>(table: T[], ids: Map<string, number>, key: string, item: T) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = table.push(item) - 1;
      ids.set(key, id);
    }
    return id;
  };
  // First pass: every scalar packed, every container a node, equal containers one node (by the
  // packed form of their children, so each signature is short).
  const scan = (v: unknown): unknown => {
    if (typeof v === 'string') return intern(strings, stringIds, v, v);
    // −1 − n must stay exact: larger integers, like fractions and negatives, are written as they are.
    if (typeof v === 'number') {
      return Number.isInteger(v) && v >= 0 && v < Number.MAX_SAFE_INTEGER ? -1 - v : [NUMBER, v];
    }
    if (v === null || typeof v === 'boolean') return v;
    let head: number;
    let children: unknown[];
    if (Array.isArray(v)) {
      head = ARRAY;
      children = v.map((item) => scan(item ?? null));
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, item]) => item !== undefined);
      const keys = entries.map(([key]) => key);
      head = intern(shapes, shapeIds, JSON.stringify(keys), keys);
      children = entries.map(([, item]) => scan(item));
    } else throw new TypeError(`cannot pack a ${typeof v}`);
    const id = intern(nodes, nodeIds, JSON.stringify([head, children]), {
      head,
      children,
      count: 0,
      slot: -1,
    });
    (nodes[id] as Node).count++;
    return { node: id };
  };
  const values: unknown[] = [];
  // Second pass: a node met once is written in place, one met more often goes to `values` once.
  const emit = (packed: unknown): unknown => {
    if (packed === null || typeof packed !== 'object' || Array.isArray(packed)) return packed;
    const node = nodes[(packed as { node: number }).node] as Node;
    if (node.count < 2) return [node.head, ...node.children.map(emit)];
    if (node.slot < 0) {
      node.slot = values.push(null) - 1;
      values[node.slot] = [node.head, ...node.children.map(emit)];
    }
    return [SHARED, node.slot];
  };
  const root = emit(scan(value));
  return { strings, shapes, values, root };
}

/** The value packJson packed. Throws a TypeError naming the first thing that is not packed JSON. */
export function unpackJson(packed: PackedJson): unknown {
  const { strings, shapes, values } = packed;
  if (!Array.isArray(strings) || !Array.isArray(shapes) || !Array.isArray(values)) {
    throw new TypeError('no string, shape or value table');
  }
  const shared = new Array<unknown>(values.length);
  // One blank object per shape, made by JSON.parse with every key in place: each object of the shape
  // starts as a copy of it, so its fields sit inside the object as JSON.parse's would, rather than
  // in a separate store grown key by key (at 100,000 events, 7 MB of such stores).
  const blanks = shapes.map((keys) =>
    Array.isArray(keys) ? JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, 0])))) : null,
  );
  const unpack = (v: unknown): unknown => {
    if (typeof v === 'number') {
      if (v < 0) return -1 - v;
      const s = strings[v];
      if (typeof s !== 'string') throw new TypeError(`no string ${v}`);
      return s;
    }
    if (v === null || typeof v === 'boolean') return v;
    if (!Array.isArray(v) || typeof v[0] !== 'number') throw new TypeError('not a packed value');
    const tag = v[0];
    if (tag === NUMBER) return v[1];
    if (tag === SHARED) {
      const slot = v[1] as number;
      if (!(slot in values)) throw new TypeError(`no value ${slot}`);
      // Each shared value is unpacked once and the same object returned wherever it occurs.
      if (shared[slot] === undefined) shared[slot] = unpack(values[slot]);
      return shared[slot];
    }
    if (tag === ARRAY) {
      const items = new Array(v.length - 1);
      for (let i = 1; i < v.length; i++) items[i - 1] = unpack(v[i]);
      return items;
    }
    const keys = shapes[tag];
    if (!keys || keys.length !== v.length - 1) throw new TypeError(`no shape ${tag} of ${v.length - 1} keys`);
    const object: Record<string, unknown> = { ...blanks[tag] };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      // As JSON.parse does, "__proto__" is a property of its own, not the object's prototype.
      if (key === '__proto__') {
        Object.defineProperty(object, key, {
          value: unpack(v[i + 1]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else object[key] = unpack(v[i + 1]);
    }
    return object;
  };
  return unpack(packed.root);
}
