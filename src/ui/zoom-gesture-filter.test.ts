import { describe, expect, it } from 'vitest';
import { wheelMayZoom, zoomGestureFilter } from './zoom-gesture-filter.ts';

const wheel = (keys: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
  type: 'wheel',
  button: 0,
  ctrlKey: false,
  metaKey: false,
  ...keys,
});

describe('wheelMayZoom', () => {
  it('lets every wheel zoom where no key is needed', () => {
    expect(wheelMayZoom(wheel(), false)).toBe(true);
    expect(wheelMayZoom(wheel({ ctrlKey: true }), false)).toBe(true);
  });

  it('in an embed, lets only Ctrl or ⌘ with the wheel zoom', () => {
    expect(wheelMayZoom(wheel(), true)).toBe(false);
    expect(wheelMayZoom(wheel({ ctrlKey: true }), true)).toBe(true);
    expect(wheelMayZoom(wheel({ metaKey: true }), true)).toBe(true);
  });
});

describe('zoomGestureFilter', () => {
  it('in the explorer takes a plain wheel, a main-button press and a touch, but no other button or key', () => {
    const take = zoomGestureFilter();
    expect(
      [
        wheel(),
        { type: 'mousedown', button: 0 },
        { type: 'touchstart' },
        { type: 'mousedown', button: 2 },
        { type: 'keydown' },
      ].map(take),
    ).toEqual([true, true, true, false, false]);
  });

  it('in an embed leaves a plain wheel to the page but still takes presses and Ctrl or ⌘ wheels', () => {
    const take = zoomGestureFilter(true);
    expect(
      [
        wheel(),
        wheel({ ctrlKey: true }),
        wheel({ metaKey: true }),
        { type: 'mousedown', button: 0 },
        { type: 'touchstart' },
      ].map(take),
    ).toEqual([false, true, true, true, true]);
  });
});
