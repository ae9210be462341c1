import { describe, expect, it } from 'vitest';
import { glyphOutline } from './glyph-shapes.ts';

// Rasd draws the 12-unit glyphs 14 px wide: one unit is 7/6 px, centred on the glyph's (6, 6).
const u = (v: number) => (v - 6) * (14 / 12);

describe('glyphOutline', () => {
  it('reads the call diamond as one closed polyline at the size Rasd draws it', () => {
    expect(glyphOutline('phone-call')).toEqual({
      kind: 'polylines',
      lines: [{ points: [u(6), u(1), u(11), u(6), u(6), u(11), u(1), u(6)], closed: true }],
    });
  });

  it('reads the meeting as a circle and keeps the open strokes of the communiqué', () => {
    expect(glyphOutline('meeting')).toEqual({ kind: 'circle', r: 5 * (14 / 12) });
    const communique = glyphOutline('communique');
    expect(
      communique?.kind === 'polylines' ? communique.lines.map((l) => [l.points.length / 2, l.closed]) : null,
    ).toEqual([
      [4, true],
      [2, false],
      [2, false],
      [2, false],
    ]);
  });
});
