// @vitest-environment jsdom
import { act } from 'react';
import { expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/locale.tsx';
import { mountEachTest } from '../test/mount.ts';
import { LongWords } from './long-words.tsx';

const mount = mountEachTest();
const shownText = () => {
  const bdi = mount.container.querySelector('bdi.long-word') as HTMLElement;
  // What is laid out: the text nodes outside the hidden rest.
  return [...bdi.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');
};
const button = (name: string) =>
  [...mount.container.querySelectorAll('button')].find((b) =>
    b.textContent?.startsWith(name),
  ) as HTMLButtonElement;

it('lays out a 5,000-character run a part at a time, keeping the whole text in the document', () => {
  const word = 'سabcلxyzم'.repeat(556).slice(0, 5000);
  act(() =>
    mount.root.render(
      <LocaleProvider lang="en">
        <p>
          <LongWords text={`before ${word} after`} />
        </p>
      </LocaleProvider>,
    ),
  );
  expect(shownText()).toBe(`${word.slice(0, 100)}…`);
  expect(mount.container.textContent).toContain(word);
  expect(button('Show more').textContent).toBe('Show more (100 of 5,000 characters shown)');
  act(() => button('Show more').click());
  expect(shownText()).toBe(`${word.slice(0, 2100)}…`);
  act(() => button('Show more').click());
  act(() => button('Show more').click());
  expect(shownText()).toBe(word);
  expect(button('Show more')).toBeUndefined();
  act(() => button('Show less').click());
  expect(shownText()).toBe(`${word.slice(0, 100)}…`);
});
