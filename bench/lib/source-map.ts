import { readFileSync } from 'node:fs';

/** An original position: source file, 1-based line, and the name the map gives there, if any. */
export interface OriginalPosition {
  source: string;
  line: number;
  column: number;
  name: string | null;
  /** The original line's text, when the map carries the sources. */
  text: string | null;
}

interface RawMap {
  sources: string[];
  names?: string[];
  mappings: string;
  sourceRoot?: string;
  sourcesContent?: (string | null)[];
}

// Segment fields: generated column, source index, original line, original column, name index.
type Segment = [number, number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

// Source map v3 "mappings": lines split by ';', segments by ',', each a run of base64 VLQ numbers
// (5 data bits per digit, bit 6 continues, the lowest bit of a number is its sign), all relative.
function decode(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  const state: Segment = [0, 0, 0, 0, -1];
  let i = 0;
  let line: Segment[] = [];
  const readNumber = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const digit = DIGIT.get(mappings[i++] as string) ?? 0;
      value += (digit & 31) << shift;
      if (!(digit & 32)) break;
      shift += 5;
    }
    return value & 1 ? -(value >>> 1) : value >>> 1;
  };
  while (i <= mappings.length) {
    const ch = mappings[i];
    if (ch === undefined || ch === ';') {
      lines.push(line);
      line = [];
      state[0] = 0;
      i++;
      if (ch === undefined) break;
      continue;
    }
    if (ch === ',') {
      i++;
      continue;
    }
    state[0] += readNumber();
    const segment: Segment = [state[0], -1, 0, 0, -1];
    if (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      state[1] += readNumber();
      state[2] += readNumber();
      state[3] += readNumber();
      segment[1] = state[1];
      segment[2] = state[2];
      segment[3] = state[3];
      if (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
        state[4] += readNumber();
        segment[4] = state[4];
      }
    }
    line.push(segment);
  }
  return lines;
}

/** A loaded source map that answers "where did generated line:column come from?". */
export interface SourceMapLookup {
  /** 0-based generated line and column, as V8's profiles give them. */
  find(line: number, column: number): OriginalPosition | null;
}

/** Reads a source map file; written here rather than imported, as the project has no map library. */
export function loadSourceMap(path: string): SourceMapLookup {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawMap;
  const lines = decode(raw.mappings);
  const contentLines = new Map<number, string[]>();
  const textOf = (source: number, line: number) => {
    const content = raw.sourcesContent?.[source];
    if (!content) return null;
    if (!contentLines.has(source)) contentLines.set(source, content.split('\n'));
    return contentLines.get(source)?.[line]?.trim() ?? null;
  };
  return {
    find(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return null;
      let found: Segment | null = null;
      for (const segment of segments) {
        if (segment[0] > column) break;
        found = segment;
      }
      found ??= segments[0] as Segment;
      if (found[1] < 0) return null;
      const source = `${raw.sourceRoot ?? ''}${raw.sources[found[1]] ?? '?'}`;
      return {
        source,
        line: found[2] + 1,
        column: found[3],
        name: found[4] >= 0 ? (raw.names?.[found[4]] ?? null) : null,
        text: textOf(found[1], found[2]),
      };
    },
  };
}
