import { describe, expect, it } from 'vitest';
import { readVerifiedRecord, sha256Hex } from './verify-record.ts';

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

describe('readVerifiedRecord', () => {
  const text = '{"id":"رصد","events":[]}\n';

  it('reads the record when the bytes are the ones the index names', async () => {
    const hash = await sha256Hex(bytes(text));
    expect(await readVerifiedRecord(bytes(text), hash ?? undefined)).toEqual({
      ok: true,
      record: { id: 'رصد', events: [] },
    });
  });

  it('gives null, for a full check, when one byte differs or the index names no hash', async () => {
    const hash = (await sha256Hex(bytes(text))) ?? undefined;
    expect(await readVerifiedRecord(bytes(text.replace('[]', '[ ]')), hash)).toBeNull();
    expect(await readVerifiedRecord(bytes(text), undefined)).toBeNull();
  });
});
