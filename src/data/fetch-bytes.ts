import type { LoadFailure } from './load-error.ts';

/** The bytes of a file of this site (relative to the page), or why they could not be fetched. */
export async function fetchBytes(
  file: string,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array<ArrayBuffer> } | LoadFailure> {
  let response: Response;
  try {
    response = await fetch(new URL(file, document.baseURI), { signal });
    if (!response.ok) {
      return { kind: 'network', file, detail: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { kind: 'network', file, detail: (error as Error).message };
  }
}
