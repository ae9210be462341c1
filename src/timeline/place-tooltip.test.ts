import { describe, expect, it } from 'vitest';
import { placeTooltip } from './place-tooltip.ts';

const card = { width: 260, height: 60 };
const page = { width: 1300, height: 900 };

describe('placeTooltip', () => {
  it('centres the card 16 px under its event when there is room', () => {
    expect(placeTooltip({ x: 600, y: 300 }, card, page)).toEqual({ left: 470, top: 316 });
  });

  it('flips the card above its event near the bottom edge', () => {
    expect(placeTooltip({ x: 600, y: 850 }, card, page)).toEqual({ left: 470, top: 774 });
  });

  it('holds the card 4 px inside the left and right edges', () => {
    expect(placeTooltip({ x: 10, y: 300 }, card, page)).toEqual({ left: 4, top: 316 });
    expect(placeTooltip({ x: 1295, y: 300 }, card, page)).toEqual({ left: 1036, top: 316 });
  });

  it('in an iframe too short for above or below, puts the card beside its event, inside the view', () => {
    const short = { width: 320, height: 120 };
    expect(placeTooltip({ x: 40, y: 60 }, card, short)).toEqual({ left: 56, top: 30 });
    expect(placeTooltip({ x: 300, y: 70 }, card, short)).toEqual({ left: 24, top: 40 });
  });

  it('keeps the card in view when its event is scrolled out of it, above or below', () => {
    expect(placeTooltip({ x: 600, y: 1200 }, card, page)).toEqual({ left: 616, top: 836 });
    expect(placeTooltip({ x: 600, y: -300 }, card, page)).toEqual({ left: 616, top: 4 });
  });

  it('keeps the top-left corner in view when the card is larger than the viewport', () => {
    expect(placeTooltip({ x: 100, y: 30 }, card, { width: 200, height: 50 })).toEqual({ left: 4, top: 4 });
  });
});
