// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { CorpusEvent } from '../model/corpus.ts';
import { TimelineItem } from '../model/timeline-layout.ts';
import type { Mark } from '../model/timeline-marks.ts';
import { bandFor, drawTimelineCanvas } from './draw-timeline-canvas.ts';
import { lookStyle } from './timeline-geometry.ts';

/** A canvas whose 2D context records each rectangle filled or stroked, with the opacity it had. */
function recordingCanvas() {
  const filled: [alpha: number, colour: string, x: number, y: number, w: number][] = [];
  const stroked: number[] = [];
  const cleared: number[] = [];
  const transforms: number[][] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    font: '',
    setTransform(...matrix: number[]) {
      transforms.push(matrix);
    },
    clearRect(_x: number, y: number, _w: number, h: number) {
      cleared.push(h);
      if (y !== 0) cleared.push(y);
    },
    drawImage() {},
    beginPath() {},
    moveTo() {},
    arc() {},
    stroke() {},
    fill() {},
    fillRect(x: number, y: number, w: number) {
      filled.push([ctx.globalAlpha, ctx.fillStyle, x, y, w]);
    },
    strokeRect(x: number) {
      stroked.push(x);
    },
  };
  const canvas = document.createElement('canvas');
  Object.defineProperty(canvas, 'getContext', { value: () => ctx });
  document.body.append(canvas);
  return { canvas, filled, stroked, cleared, transforms };
}

// Looks are (type × certainties + certainty) × 2 + planned: 0 a stated meeting (solid), 2 an inferred one.
const SOLID = 0;
const LIGHT = 2;

/** A bar of `look` from `left` to `right` in the first row of `lane`. */
function bar(look: number, left: number, right: number, lane = 0): Mark {
  const event = { claims: undefined } as unknown as CorpusEvent;
  const item = new TimelineItem(event, 0, [lane], [0]);
  return { item, look, x: (left + right) / 2, left, right, openLeft: false, openRight: false };
}

describe('drawTimelineCanvas', () => {
  it('paints bars of one look over the same days in one row once, as dark as they were one over another', () => {
    expect(lookStyle(SOLID).fill).toBe('solid');
    expect(lookStyle(LIGHT).fill).not.toBe('solid');
    const { canvas, filled, stroked } = recordingCanvas();
    const marks = [
      bar(LIGHT, 10, 90),
      bar(SOLID, 10, 90),
      bar(LIGHT, 10, 90),
      // Within 1/8 px of the first: the same bar.
      bar(LIGHT, 10.01, 90.02),
      bar(LIGHT, 10, 90, 1),
      bar(LIGHT, 10, 91),
    ];
    drawTimelineCanvas(canvas, 400, 200, { marks, clusters: [], visible: marks.length }, [0, 40], 'en');
    const colour = lookStyle(LIGHT).colour;
    expect(filled.map(([alpha, , x, , w]) => [alpha, x, w])).toEqual([
      [1 - 0.65 ** 3, 10, 80],
      [0.8, 10, 80],
      // Another row, another extent: bars of their own.
      [0.35, 10, 80],
      [0.35, 10, 81],
    ]);
    expect(filled[0]?.[1]).toBe(colour);
    // Each light bar's outline once.
    expect(stroked).toEqual([10.5, 10.5, 10.5]);
    expect(canvas.dataset.primitives).toBe('4');
  });

  it('keeps its pixels while the plot fits in them and takes two thirds, and clears them all', () => {
    const { canvas, cleared } = recordingCanvas();
    const nothing = { marks: [], clusters: [], visible: 0 };
    const size = () => [canvas.width, canvas.height, canvas.style.width, canvas.style.height];
    drawTimelineCanvas(canvas, 400, 300, nothing, [0], 'en');
    expect(size()).toEqual([400, 300, '400px', '300px']);
    // Fewer rows: the same pixels, the plot clipping what is below.
    drawTimelineCanvas(canvas, 400, 201, nothing, [0], 'en');
    expect(size()).toEqual([400, 300, '400px', '300px']);
    // Under two thirds: made anew at the plot's height.
    drawTimelineCanvas(canvas, 400, 199, nothing, [0], 'en');
    expect(size()).toEqual([400, 199, '400px', '199px']);
    // Taller, or another width: made anew.
    drawTimelineCanvas(canvas, 400, 250, nothing, [0], 'en');
    expect(size()).toEqual([400, 250, '400px', '250px']);
    drawTimelineCanvas(canvas, 420, 240, nothing, [0], 'en');
    expect(size()).toEqual([420, 240, '420px', '240px']);
    // Each paint clears the whole canvas, not only the plot's part of it.
    expect(cleared).toEqual([300, 300, 199, 250, 240]);
  });

  it('paints only the rows of its band, placed at the top of that band in the plot', () => {
    const { canvas, filled, cleared, transforms } = recordingCanvas();
    // Three lanes 400 px apart; a bar in the first row of each (rows' middles at 17, 417 and 817 px; a bar's top 3 px above).
    const marks = [bar(SOLID, 10, 90, 0), bar(SOLID, 20, 90, 1), bar(SOLID, 30, 90, 2)];
    drawTimelineCanvas(
      canvas,
      400,
      1200,
      { marks, clusters: [], visible: 3 },
      [0, 400, 800],
      'en',
      [380, 700],
    );
    expect([canvas.height, canvas.style.height, canvas.style.top]).toEqual([320, '320px', '380px']);
    // Drawn in the plot's coordinates, moved up by the band's top; only the middle lane's bar is in it.
    expect(transforms).toEqual([[1, 0, 0, 1, 0, -380]]);
    expect(cleared).toEqual([320, 380]);
    expect(filled.map(([, , x, y]) => [x, y])).toEqual([[20, 414]]);
    expect(canvas.dataset.primitives).toBe('1');
  });
});

describe('bandFor', () => {
  it('paints around where the plot was last seen, and before the frame again where it has moved', () => {
    const { canvas } = recordingCanvas();
    const plot = document.createElement('div');
    plot.append(canvas);
    document.body.append(plot);
    let top = 100;
    const read = vi.fn(() => ({ top }) as DOMRect);
    plot.getBoundingClientRect = read;
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('innerHeight', 800);
    const draw = (band: readonly [number, number]) =>
      drawTimelineCanvas(canvas, 400, 3000, { marks: [], clusters: [], visible: 0 }, [0], 'en', band);
    try {
      // First paint: the plot's place is read. On screen are its rows 0-700, and 256 px more below.
      const first = bandFor(canvas, 3000);
      expect(first).toEqual([0, 956]);
      expect(read).toHaveBeenCalledTimes(1);
      draw(first);
      expect(frames).toHaveLength(0);

      // The plot moved up 300 px (a row above it folded, say): the next paint is around the place last
      // seen, without reading the layout in the middle of the commit...
      top = -200;
      const second = bandFor(canvas, 3000);
      expect(second).toEqual([0, 956]);
      expect(read).toHaveBeenCalledTimes(1);
      draw(second);
      // ...and before the frame it is read once: rows 200-1000 are on screen, the band ends at 956,
      // so the canvas is painted again around them.
      expect(frames).toHaveLength(1);
      frames.shift()?.(0);
      expect(read).toHaveBeenCalledTimes(2);
      expect(canvas.style.top).toBe('0px');
      expect(canvas.style.height).toBe('1256px');

      // Moved by less than the band's margin: nothing is painted again.
      top = -300;
      draw(bandFor(canvas, 3000));
      frames.shift()?.(0);
      expect(read).toHaveBeenCalledTimes(3);
      expect(canvas.style.height).toBe('1256px');
    } finally {
      vi.unstubAllGlobals();
      plot.remove();
    }
  });
});
