import { describe, expect, it } from 'vitest';
import { type Box, type LabelRequest, placeLabels, segmentMeetsBox, sideBox } from './place-labels.ts';

const label = (
  id: string,
  x: number,
  y: number,
  priority: number,
  width = 30,
  height = 10,
): LabelRequest => ({
  id,
  x,
  y,
  r: 5,
  width,
  height,
  priority,
});
const disc = (id: string, x: number, y: number, priority?: number) => ({
  id,
  box: { x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 } satisfies Box,
  ...(priority === undefined ? {} : { priority }),
});

describe('sideBox', () => {
  it('puts "after" to the right in English and to the left in Arabic, 3 px past the rim', () => {
    const a = label('a', 0, 0, 1, 40, 10);
    expect(sideBox(a, 'after', 'ltr', 3)).toEqual({ x0: 8, y0: -5, x1: 48, y1: 5 });
    expect(sideBox(a, 'after', 'rtl', 3)).toEqual({ x0: -48, y0: -5, x1: -8, y1: 5 });
    expect(sideBox(a, 'before', 'ltr', 3)).toEqual({ x0: -48, y0: -5, x1: -8, y1: 5 });
    expect(sideBox(a, 'above', 'rtl', 3)).toEqual({ x0: -20, y0: -18, x1: 20, y1: -8 });
    expect(sideBox(a, 'below', 'ltr', 3)).toEqual({ x0: -20, y0: 8, x1: 20, y1: 18 });
  });
});

describe('placeLabels', () => {
  it('moves the second of two colliding labels above its node (English)', () => {
    const result = placeLabels([label('b', 30, 0, 1, 40), label('a', 0, 0, 2, 40)], { dir: 'ltr' });
    expect(result).toEqual({
      placed: [
        { id: 'a', side: 'after', box: { x0: 8, y0: -5, x1: 48, y1: 5 } },
        { id: 'b', side: 'above', box: { x0: 10, y0: -18, x1: 50, y1: -8 } },
      ],
      hidden: [],
    });
  });

  it('moves the second of two colliding labels before its node, which is to the right in Arabic', () => {
    const result = placeLabels([label('a', 0, 0, 2, 40), label('b', 30, 0, 1, 40)], { dir: 'rtl' });
    expect(result.placed).toEqual([
      { id: 'a', side: 'after', box: { x0: -48, y0: -5, x1: -8, y1: 5 } },
      { id: 'b', side: 'before', box: { x0: 38, y0: -5, x1: 78, y1: 5 } },
    ]);
  });

  it('places three nodes in a row around each other and the other discs', () => {
    const nodes = [label('a', 0, 0, 3), label('b', 30, 0, 2), label('c', 60, 0, 1)];
    const obstacles = [disc('a', 0, 0), disc('b', 30, 0), disc('c', 60, 0)];
    expect(placeLabels(nodes, { dir: 'ltr', obstacles })).toEqual({
      placed: [
        // After a lies b's disc; before b lies a's label; after c is free.
        { id: 'a', side: 'before', box: { x0: -38, y0: -5, x1: -8, y1: 5 } },
        { id: 'b', side: 'above', box: { x0: 15, y0: -18, x1: 45, y1: -8 } },
        { id: 'c', side: 'after', box: { x0: 68, y0: -5, x1: 98, y1: 5 } },
      ],
      hidden: [],
    });
  });

  it('hides the label of fewer events when no side is free, and keeps the busier one', () => {
    // b sits amid four discs; its label would cover one on every side.
    const obstacles = [
      disc('b', 0, 0),
      disc('e', 20, 0),
      disc('w', -20, 0),
      disc('n', 0, -20),
      disc('s', 0, 20),
    ];
    const result = placeLabels([label('b', 0, 0, 1), label('n', 0, -20, 5)], { dir: 'ltr', obstacles });
    expect(result).toEqual({
      placed: [{ id: 'n', side: 'after', box: { x0: 8, y0: -25, x1: 38, y1: -15 } }],
      hidden: ['b'],
    });
  });

  it('lets a busier label cover a less busy node when no side is clear, never a busier one', () => {
    const ring = (priority: number) => [
      disc('e', 20, 0, priority),
      disc('w', -20, 0, priority),
      disc('n', 0, -20, priority),
      disc('s', 0, 20, priority),
    ];
    // Amid quieter nodes the first side is taken, over the node after it.
    expect(placeLabels([label('a', 0, 0, 5)], { dir: 'ltr', obstacles: ring(1) })).toEqual({
      placed: [{ id: 'a', side: 'after', box: { x0: 8, y0: -5, x1: 38, y1: 5 } }],
      hidden: [],
    });
    // A side clear of them all is still preferred: here above, where n is further off.
    const open = [disc('e', 20, 0, 1), disc('w', -20, 0, 1), disc('n', 0, -26, 1)];
    expect(placeLabels([label('a', 0, 0, 5)], { dir: 'ltr', obstacles: open }).placed[0]?.side).toBe('above');
    // Amid busier (or equally busy) nodes it is hidden.
    expect(placeLabels([label('a', 0, 0, 5)], { dir: 'ltr', obstacles: ring(5) }).hidden).toEqual(['a']);
  });

  it('hides the later of two labels of equal priority on one spot, by id, whatever the input order', () => {
    // Discs close the sides but for above, which the first label takes.
    const obstacles = [disc('e', 20, 0), disc('w', -20, 0), disc('n', 0, -26), disc('s', 0, 20)];
    const wide = (id: string) => label(id, 0, 0, 4, 12, 10);
    const one = placeLabels([wide('y'), wide('x')], { dir: 'ltr', obstacles });
    const other = placeLabels([wide('x'), wide('y')], { dir: 'ltr', obstacles });
    expect(one).toEqual(other);
    expect(one.hidden).toEqual(['y']);
    expect(one.placed).toEqual([{ id: 'x', side: 'above', box: { x0: -6, y0: -18, x1: 6, y1: -8 } }]);
  });

  it('keeps the padding between labels: boxes 2 px apart fit, 1 px apart do not', () => {
    const apart = placeLabels([label('a', 0, 0, 2), label('b', 0, 12, 1)], { dir: 'ltr' });
    expect(apart.placed.map((p) => p.side)).toEqual(['after', 'after']);
    const close = placeLabels([label('a', 0, 0, 2), label('b', 0, 11, 1)], { dir: 'ltr' });
    expect(close.placed.map((p) => p.side)).toEqual(['after', 'before']);
  });

  it('prefers a side clear of the node’s own edges, and takes a crossed one when no other is free', () => {
    const spoked = { ...label('a', 0, 0, 1), spokes: [{ x: 100, y: 0 }] };
    expect(placeLabels([spoked], { dir: 'ltr' }).placed[0]?.side).toBe('before');
    const boxedIn = [disc('w', -20, 0), disc('n', 0, -20), disc('s', 0, 20)];
    expect(placeLabels([spoked], { dir: 'ltr', obstacles: boxedIn }).placed[0]?.side).toBe('after');
  });

  it('prefers a side inside the area on screen', () => {
    const area = { x0: -100, y0: -100, x1: 20, y1: 100 };
    expect(placeLabels([label('a', 0, 0, 1)], { dir: 'ltr', area }).placed).toEqual([
      { id: 'a', side: 'before', box: { x0: -38, y0: -5, x1: -8, y1: 5 } },
    ]);
    // Off screen on every free side: the first is taken.
    const tight = { x0: -10, y0: -10, x1: 10, y1: 10 };
    expect(placeLabels([label('a', 0, 0, 1)], { dir: 'ltr', area: tight }).placed[0]?.side).toBe('after');
  });

  it('slides a label above or below its node sideways into the area, still spanning the node', () => {
    // After and before lie outside; above, centred, would stick out 10 px past the right edge.
    const area = { x0: -20, y0: -100, x1: 20, y1: 100 };
    expect(placeLabels([label('a', 5, 0, 1)], { dir: 'ltr', area }).placed).toEqual([
      { id: 'a', side: 'above', box: { x0: -10, y0: -18, x1: 20, y1: -8 } },
    ]);
    // Past the edge, it slides only until its end reaches the node's centre (the other sides are blocked).
    const past = { x0: -100, y0: -100, x1: -5, y1: 100 };
    const obstacles = [disc('n', 0, -20), disc('e', 20, 0), disc('w', -20, 0)];
    expect(placeLabels([label('a', 0, 0, 1)], { dir: 'ltr', area: past, obstacles }).placed).toEqual([
      { id: 'a', side: 'below', box: { x0: -30, y0: 8, x1: 0, y1: 18 } },
    ]);
  });

  it('finds where a segment meets a box', () => {
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(segmentMeetsBox(-5, 5, 15, 5, box)).toBe(true);
    expect(segmentMeetsBox(-5, -5, -1, 20, box)).toBe(false);
    expect(segmentMeetsBox(-5, 11, 11, -5, box)).toBe(true);
    expect(segmentMeetsBox(-5, 26, 26, -5, box)).toBe(false);
    expect(segmentMeetsBox(5, 5, 6, 6, box)).toBe(true);
  });

  it('places a thousand labels on a grid in bounded work', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      label(`n${i}`, (i % 40) * 50, Math.floor(i / 40) * 20, i),
    );
    const result = placeLabels(many, { dir: 'ltr' });
    expect(result.placed.length + result.hidden.length).toBe(1000);
    expect(result.placed).toHaveLength(1000);
  });
});
