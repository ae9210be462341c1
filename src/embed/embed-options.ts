/** What only the embed reads from its URL, beside the public contract: look and size. */
export interface EmbedOptions {
  theme: 'light' | 'dark';
  /** A fixed height in CSS pixels, or null to size to the content (and tell the host). */
  height: number | null;
}

/** Reads `theme` (light, dark) and `height` (120–4000 px); anything else falls back to the default. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const height = Number(params.get('height'));
  return {
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    height: Number.isInteger(height) && height >= 120 && height <= 4000 ? height : null,
  };
}

/** The message an embed sends its host: namespaced and versioned, and nothing but a height. */
export interface EmbedHeightMessage {
  type: 'rasd:embed-height';
  version: 1;
  height: number;
}

/** Builds the one message the embed ever posts. */
export function heightMessage(height: number): EmbedHeightMessage {
  return { type: 'rasd:embed-height', version: 1, height: Math.ceil(height) };
}
