import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from './packed-json.ts';

describe('packJson', () => {
  it('writes each string, key list and repeated object once; integers as negatives; containers tagged', () => {
    const value = {
      events: [
        { role: 'host', paragraph: 0 },
        { role: 'guest', paragraph: 12 },
        { role: 'host', paragraph: 0 },
      ],
      title: 'لقاء',
      ok: true,
      none: null,
      skipped: undefined,
      ratio: 0.5,
      below: -3,
    };
    expect(packJson(value)).toEqual({
      strings: ['host', 'guest', 'لقاء'],
      shapes: [
        ['events', 'title', 'ok', 'none', 'ratio', 'below'],
        ['role', 'paragraph'],
      ],
      values: [[1, 0, -1]],
      root: [0, [-1, [-3, 0], [1, 1, -13], [-3, 0]], 2, true, null, [-2, 0.5], [-2, -3]],
    });
  });

  it('unpacks a repeated object once, so every occurrence is the same object', () => {
    const entity = { id: 'lavrov', names: ['لافروف', 'Lavrov'] };
    const unpacked = unpackJson(packJson([{ entities: [entity] }, { entities: [{ ...entity }] }])) as {
      entities: unknown[];
    }[];
    expect(unpacked[0]?.entities[0]).toEqual(entity);
    expect(unpacked[0]?.entities[0]).toBe(unpacked[1]?.entities[0]);
  });

  it('writes integers too large to negate exactly as they are (fast-check found 14312536391340862)', () => {
    const big = 14_312_536_391_340_862;
    expect(packJson([big, Number.MAX_SAFE_INTEGER - 1]).root).toEqual([
      -1,
      [-2, big],
      -Number.MAX_SAFE_INTEGER,
    ]);
    expect(unpackJson(packJson([big, Number.MAX_SAFE_INTEGER]))).toEqual([big, Number.MAX_SAFE_INTEGER]);
  });

  it('gives back what JSON would, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const packed = JSON.parse(JSON.stringify(packJson(value)));
        expect(unpackJson(packed)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('keeps "__proto__" as a property of its own, as JSON.parse does', () => {
    const value = JSON.parse('{"__proto__":{"polluted":1},"a":2}');
    const unpacked = unpackJson(JSON.parse(JSON.stringify(packJson(value)))) as Record<string, unknown>;
    expect(Object.keys(unpacked)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(unpacked)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('unpackJson', () => {
  it('says what is wrong with a value it cannot read', () => {
    const tables = { strings: ['a'], shapes: [['a']], values: [] };
    expect(() => unpackJson({ ...tables, root: 4 })).toThrow('no string 4');
    expect(() => unpackJson({ ...tables, root: [0, 1, 2] })).toThrow('no shape 0 of 2 keys');
    expect(() => unpackJson({ ...tables, root: [-3, 0] })).toThrow('no value 0');
    expect(() => unpackJson({ ...tables, root: ['x'] })).toThrow('not a packed value');
    expect(() => unpackJson({ root: 1 } as never)).toThrow('no string, shape or value table');
  });
});
