// @vitest-environment jsdom
import { act } from 'react';
import { expect, it, vi } from 'vitest';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { LocaleProvider } from '../i18n/locale.tsx';
import { ArticleSearchPreparer } from '../model/article-search.ts';
import type { CorpusArticle } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import { mountEachTest } from '../test/mount.ts';
import { ARTICLE_LIST_LIMIT, ArticleSwitcher } from './article-switcher.tsx';

/** `n` bundled articles listed in the index, one a day from 1 January 2020, none loaded yet. */
const listed = (n: number): IndexEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `art-${String(i).padStart(4, '0')}`,
    file: `data/articles/art-${i}.json`,
    headline: i === 7 ? 'وزير الخارجية يستقبل نظيره الأردني' : `Invented digest number ${i}`,
    source: { ar: 'وكالة مختلقة', en: 'Invented Wire' },
    published: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
    language: 'en',
    counts: { events: 1 + (i % 3), entities: 2, paragraphs: 1 },
  }));

const mount = mountEachTest();
const render = (index: IndexEntry[], chosen: string[], onChoose = vi.fn()) => {
  act(() =>
    mount.root.render(
      <LocaleProvider lang="en">
        <ArticleSwitcher
          articles={[]}
          index={index}
          origins={new Map<string, Origin>()}
          chosen={chosen}
          onChoose={onChoose}
        />
      </LocaleProvider>,
    ),
  );
  return onChoose;
};
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    // React listens for the native input event; the value setter must be the prototype's.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const options = () => [...mount.container.querySelectorAll('[role="option"]')].map((o) => o.textContent);

it('lists up to the limit in a select, one option per article and one for all', () => {
  render(listed(ARTICLE_LIST_LIMIT), []);
  const select = mount.container.querySelector('select');
  expect(select?.options).toHaveLength(ARTICLE_LIST_LIMIT + 1);
  expect(select?.options[0]?.textContent).toBe('All articles (150)');
});

it('says beside each loaded article how many of its events another loaded article reports too', () => {
  const article = (id: string, events: number) =>
    ({
      id,
      headline: `Invented report ${id}`,
      published: { date: '2020-01-01' },
      events: Array.from({ length: events }, () => ({})),
    }) as unknown as CorpusArticle;
  act(() =>
    mount.root.render(
      <LocaleProvider lang="en">
        <ArticleSwitcher
          articles={[article('a', 3), article('b', 1)]}
          index={[]}
          origins={new Map<string, Origin>()}
          chosen={[]}
          onChoose={vi.fn()}
          events={[{ articles: ['a', 'b'] }, { articles: ['a'] }, { articles: ['a'] }]}
        />
      </LocaleProvider>,
    ),
  );
  const labels = [...(mount.container.querySelector('select')?.options ?? [])].map((o) => o.textContent);
  expect(labels.slice(1)).toEqual([
    'Invented report a — 1 January 2020 · 3 events · one event shared with other articles',
    'Invented report b — 1 January 2020 · 1 event · one event shared with other articles',
  ]);
});

it('above the limit, finds articles by searching instead of drawing thousands of options', () => {
  const onChoose = render(listed(3_000), []);
  expect(mount.container.querySelector('select')).toBeNull();
  const input = mount.container.querySelector('input[role="combobox"]') as HTMLInputElement;
  expect(mount.container.querySelector('label')?.textContent).toBe('Article');
  expect(mount.container.querySelector('.article-finder-shown')?.textContent).toBe('All articles (3,000)');
  act(() => input.focus());
  type(input, 'الاردني');
  expect(options()).toEqual([
    'وزير الخارجية يستقبل نظيره الأردني · Invented Wire · 8 January 2020 · 2 events',
  ]);
  // Newest first, at most eight, and a date finds its day.
  type(input, 'digest 2028-03');
  expect(options()).toHaveLength(8);
  expect(options()[0]).toBe('Invented digest number 2999 · Invented Wire · 18 March 2028 · 3 events');
  type(input, 'nothing like this');
  expect(mount.container.querySelector('[role="listbox"]')?.textContent).toBe('No article matches.');
  type(input, 'number 12 2020-01-13');
  act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  expect(onChoose).toHaveBeenCalledWith(['art-0012']);
});

it('names the shown article and offers the way back to all of them', () => {
  const onChoose = render(listed(400), ['art-0007']);
  const shown = mount.container.querySelector('.article-finder-shown');
  expect(shown?.textContent).toBe('Shown: وزير الخارجية يستقبل نظيره الأردني All articles (400)');
  act(() => (mount.container.querySelector('.article-finder-shown button') as HTMLButtonElement).click());
  expect(onChoose).toHaveBeenCalledWith([]);
});

it('folds the articles for searching in slices of idle time, the rest at the first keystroke, not while drawing the page', () => {
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {});
  const folds = vi.spyOn(ArticleSearchPreparer.prototype, 'foldSome');
  // An idle period that has room for `n` articles: its time is up after n looks at the clock.
  const period = (n: number): IdleDeadline => {
    let looks = 0;
    return { didTimeout: false, timeRemaining: () => (++looks > n ? 0 : 10) };
  };
  try {
    render(listed(3_000), []);
    expect(folds).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    act(() => idle[0]?.(period(100)));
    // Not done: one slice, and the next idle period asked for.
    expect(folds).toHaveBeenCalledTimes(1);
    expect(folds.mock.results[0]?.value).toBe(false);
    expect(idle).toHaveLength(2);
    // A keystroke before the end folds the rest then, and finds among all 3,000.
    const input = mount.container.querySelector('input[role="combobox"]') as HTMLInputElement;
    act(() => input.focus());
    type(input, 'الاردني');
    expect(options()).toHaveLength(1);
    type(input, 'digest 2028-03');
    expect(options()).toHaveLength(8);
    // The next idle period finds nothing left, and asks for no other.
    act(() => idle[1]?.(period(100)));
    expect(folds.mock.results.at(-1)?.value).toBe(true);
    expect(idle).toHaveLength(2);
  } finally {
    folds.mockRestore();
    vi.unstubAllGlobals();
  }
});
