import type { EntitiesContent } from '../model/corpus-index.ts';
import { type PackedJson, unpackJson } from '../model/packed-json.ts';
import type { ShippedShard } from '../model/shipped-shard.ts';

/** The value packed in bytes the build wrote (their hash matched the index), or null. */
function readPacked(bytes: Uint8Array<ArrayBuffer>): Record<string, unknown> | null {
  try {
    const value = unpackJson(JSON.parse(new TextDecoder().decode(bytes)) as PackedJson);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * What a shard's bytes hold, which are the ones the build wrote, or null if they cannot be read:
 * the loader then fetches those articles' record files one by one.
 */
export function readShardBytes(bytes: Uint8Array<ArrayBuffer>): ShippedShard | null {
  const content = readPacked(bytes);
  return Array.isArray(content?.articles) ? (content as unknown as ShippedShard) : null;
}

/** The merged entities in the entities file's bytes, or null (then each article's are merged). */
export function readEntitiesBytes(bytes: Uint8Array<ArrayBuffer>): EntitiesContent | null {
  const content = readPacked(bytes);
  return Array.isArray(content?.entities) ? (content as unknown as EntitiesContent) : null;
}
