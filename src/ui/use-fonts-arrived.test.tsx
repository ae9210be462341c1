// @vitest-environment jsdom
import { act } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import { useFontsArrived } from './use-fonts-arrived.ts';

// jsdom has no FontFaceSet: an event target stands in for document.fonts.
const fonts = new EventTarget();
beforeAll(() => Object.defineProperty(document, 'fonts', { value: fonts, configurable: true }));
afterAll(() => Reflect.deleteProperty(document, 'fonts'));

const mount = mountEachTest();
function Shows() {
  return <output>{useFontsArrived()}</output>;
}
const shown = () => mount.container.querySelector('output')?.textContent;
const allShown = () => [...mount.container.querySelectorAll('output')].map((o) => Number(o.textContent));

it('changes each time web fonts finish loading, and not for other font events', () => {
  act(() => mount.root.render(<Shows />));
  const before = Number(shown());
  act(() => fonts.dispatchEvent(new Event('loading')));
  expect(Number(shown())).toBe(before);
  act(() => fonts.dispatchEvent(new Event('loadingdone')));
  expect(Number(shown())).toBe(before + 1);
  act(() => fonts.dispatchEvent(new Event('loadingdone')));
  expect(Number(shown())).toBe(before + 2);
});

it('stops listening once nothing shows it', () => {
  act(() => mount.root.render(<Shows />));
  const before = Number(shown());
  act(() => mount.root.render(null));
  // Text measured after this is measured in the arrived font: nothing is stale, nothing counts.
  act(() => fonts.dispatchEvent(new Event('loadingdone')));
  act(() => mount.root.render(<Shows />));
  expect(Number(shown())).toBe(before);
});

it('counts one arrival once, however many components show it', () => {
  act(() =>
    mount.root.render(
      <>
        <Shows />
        <Shows />
        <Shows />
      </>,
    ),
  );
  const before = Number(shown());
  act(() => fonts.dispatchEvent(new Event('loadingdone')));
  expect(allShown()).toEqual([before + 1, before + 1, before + 1]);
});
