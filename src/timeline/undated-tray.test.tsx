// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../app/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { UndatedTray } from './undated-tray.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 120 undated events, named u000 to u119.
const base = seedCorpus().events[0] as CorpusEvent;
const events = Array.from({ length: 120 }, (_, i) => {
  const id = `u${String(i).padStart(3, '0')}`;
  return { ...base, id, title: { ar: id, en: id }, startMs: null, endMs: null };
});

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (selectedId: string | null) =>
  act(() =>
    root.render(
      <LocaleProvider lang="en">
        <UndatedTray events={events} selectedId={selectedId} onSelect={vi.fn()} />
      </LocaleProvider>,
    ),
  );
const items = () => [...container.querySelectorAll('li button')].map((b) => b.textContent);
const more = () => container.querySelector('button.show-more');

it('lists undated events 50 at a time, and always reaches the selected one', () => {
  render(null);
  expect(container.querySelector('h3')?.textContent).toBe('Undated events (120)');
  expect(items()).toHaveLength(50);
  expect(more()?.textContent).toBe('Show 50 more (70 left)');
  act(() => (more() as HTMLButtonElement).click());
  expect(items()).toHaveLength(100);
  expect(more()?.textContent).toBe('Show 20 more (20 left)');
  render('u110');
  expect(items().at(-1)).toBe('u110');
  expect(container.querySelector('[aria-pressed="true"]')?.textContent).toBe('u110');
});
