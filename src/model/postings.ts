/**
 * Lists of ascending event numbers, written as the gaps between them in LEB128 (7 bits a byte, the
 * high bit saying another byte follows): most gaps fit a byte, so a list takes about a quarter of its
 * Int32Array (the word index of 100,000 events: 10 MB as Int32Array).
 */

/** The lists `events[starts[w]]` up to `starts[w + 1]`, each ascending, encoded; `byteStarts` likewise. */
export function encodePostings(
  starts: Int32Array,
  events: Int32Array,
): { bytes: Uint8Array; byteStarts: Int32Array } {
  const lists = starts.length - 1;
  const byteStarts = new Int32Array(lists + 1);
  const gaps = (w: number, each: (gap: number) => void) => {
    let previous = -1;
    for (let p = starts[w] as number; p < (starts[w + 1] as number); p++) {
      const event = events[p] as number;
      each(event - previous - 1);
      previous = event;
    }
  };
  let size = 0;
  for (let w = 0; w < lists; w++) {
    gaps(w, (gap) => {
      size += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : gap < 0x10000000 ? 4 : 5;
    });
    byteStarts[w + 1] = size;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (let w = 0; w < lists; w++) {
    gaps(w, (gap) => {
      let rest = gap;
      while (rest >= 0x80) {
        bytes[at++] = (rest & 0x7f) | 0x80;
        rest >>>= 7;
      }
      bytes[at++] = rest;
    });
  }
  return { bytes, byteStarts };
}

/** The ascending event numbers encoded in bytes[from] up to bytes[to]. */
export function decodePostings(bytes: Uint8Array, from: number, to: number): Int32Array {
  let count = 0;
  for (let at = from; at < to; at++) if (((bytes[at] as number) & 0x80) === 0) count++;
  const events = new Int32Array(count);
  let previous = -1;
  let gap = 0;
  let shift = 0;
  let n = 0;
  for (let at = from; at < to; at++) {
    const byte = bytes[at] as number;
    gap |= (byte & 0x7f) << shift;
    if (byte & 0x80) shift += 7;
    else {
      previous += gap + 1;
      events[n++] = previous;
      gap = 0;
      shift = 0;
    }
  }
  return events;
}
