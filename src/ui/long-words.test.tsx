// @vitest-environment jsdom
import { act } from 'react';
import { expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/locale.tsx';
import { mountEachTest } from '../test/mount.ts';
import { hasLongWord, LongWords, longWordParts } from './long-words.tsx';

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

it('finds a run of 120 characters without a space, counted in code points, and none shorter', () => {
  const run = (n: number) => 'سa'.repeat(n).slice(0, n);
  expect(hasLongWord(`before ${run(119)} after`)).toBe(false);
  expect(hasLongWord(`before ${run(120)} after`)).toBe(true);
  expect(hasLongWord(`${run(100)} ${run(100)}`)).toBe(false);
  expect(hasLongWord(run(200_000))).toBe(true);
  // 60 characters outside the Basic Multilingual Plane are 120 UTF-16 units but 60 code points.
  expect(hasLongWord('𝐀'.repeat(60))).toBe(false);
  expect(hasLongWord('𝐀'.repeat(120))).toBe(true);
});

it('splits a text into what is shown as is and the runs to cut, as split with a captured pattern did', () => {
  const run = 'x'.repeat(130);
  const astral = '𝐀'.repeat(119);
  const texts = [
    'no run here',
    run,
    `a ${run} b ${run}`,
    `${run} ${run}`,
    `${run}\n`,
    '',
    // Spaces beyond ASCII end a run as \s does; U+200B (zero width space) is not one.
    `${run}\u3000${run}\u00a0x`,
    `${'y'.repeat(70)}\u200b${'y'.repeat(70)}`,
    // A lone low surrogate counts as a code point of its own; a pair as one.
    `${astral}\udc00`,
    `${astral}a`,
    `${astral}`,
  ];
  expect(texts.map(longWordParts)).toEqual(texts.map((text) => text.split(/(\S{120,})/u)));
  expect(longWordParts(`a ${run} b`)).toEqual(['a ', run, ' b']);
});
