import { describe, expect, it } from 'vitest';
import { withRoom } from './typed-arrays.ts';

describe('withRoom', () => {
  it('copies the values into a longer array of the same kind, zero after them', () => {
    const ints = withRoom(Int32Array.from([-1, 7]), 4);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([-1, 7, 0, 0]);
    const codes = withRoom(Uint16Array.from([0x627, 0x644]), 3);
    expect(codes).toBeInstanceOf(Uint16Array);
    expect([...codes]).toEqual([0x627, 0x644, 0]);
  });
});
