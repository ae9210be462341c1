import type { ShardContent } from '../model/corpus-index.ts';
import { type PackedJson, unpackJson } from '../model/packed-json.ts';

/**
 * What a shard's bytes hold, which are the ones the build wrote (their hash matched the index), or
 * null if they cannot be read: the loader then fetches those articles' record files one by one.
 */
export function readShardBytes(bytes: Uint8Array<ArrayBuffer>): ShardContent | null {
  try {
    const content = unpackJson(JSON.parse(new TextDecoder().decode(bytes)) as PackedJson) as ShardContent;
    return Array.isArray(content?.articles) && Array.isArray(content?.entities) ? content : null;
  } catch {
    return null;
  }
}
