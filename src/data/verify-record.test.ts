import { describe, expect, it } from 'vitest';
import { readCheckedBytes, sha256Hex } from './verify-record.ts';

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

describe('sha256Hex', () => {
  it('gives the standard digest in lower-case hex', async () => {
    expect(await sha256Hex(bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(bytes(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('readCheckedBytes and the hash that vouches for them', () => {
  const text = '{"id":"رصد","events":[]}\n';

  it('reads the record from bytes whose hash matched', () => {
    expect(readCheckedBytes(bytes(text))).toEqual({ ok: true, record: { id: 'رصد', events: [] } });
  });

  it('gives null for bytes that do not parse, and a different hash when one byte differs', async () => {
    expect(readCheckedBytes(bytes('{"id":'))).toBeNull();
    expect(await sha256Hex(bytes(text.replace('[]', '[ ]')))).not.toBe(await sha256Hex(bytes(text)));
  });
});
