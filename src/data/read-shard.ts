import type { ShardContent } from '../model/corpus-index.ts';
import { type PackedJson, unpackJson } from '../model/packed-json.ts';

/**
 * The records in a shard's bytes, which are the ones the build wrote (their hash matched the index),
 * or null if they cannot be read: the loader then fetches those articles' record files one by one.
 */
export function readShardBytes(bytes: Uint8Array<ArrayBuffer>): ShardContent['articles'] | null {
  try {
    const content = unpackJson(JSON.parse(new TextDecoder().decode(bytes)) as PackedJson) as ShardContent;
    return Array.isArray(content?.articles) ? content.articles : null;
  } catch {
    return null;
  }
}
