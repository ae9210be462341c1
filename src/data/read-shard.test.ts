import { describe, expect, it } from 'vitest';
import { packJson } from '../model/packed-json.ts';
import { readEntitiesBytes, readShardBytes } from './read-shard.ts';

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

describe('readShardBytes', () => {
  it('gives back the records a shard packs, and the entities the entities file packs', () => {
    const content = { articles: [{ id: 'رصد-1', events: [{ id: 'e1', type: 'meeting' }] }] };
    expect(readShardBytes(bytes(JSON.stringify(packJson(content))))).toEqual(content);
    const entities = { entities: [{ id: 'lavrov', kind: 'person' }] };
    expect(readEntitiesBytes(bytes(JSON.stringify(packJson(entities))))).toEqual(entities);
    expect(readEntitiesBytes(bytes(JSON.stringify(packJson(content))))).toBeNull();
  });

  it('gives null for bytes that are not a packed shard', () => {
    expect(readShardBytes(bytes('{'))).toBeNull();
    expect(readShardBytes(bytes('{"strings":[],"shapes":[],"values":[],"root":[0]}'))).toBeNull();
    expect(readShardBytes(bytes(JSON.stringify(packJson({ records: [] }))))).toBeNull();
    expect(readShardBytes(bytes(JSON.stringify(packJson([]))))).toBeNull();
  });
});
