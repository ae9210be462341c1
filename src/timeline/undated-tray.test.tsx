// @vitest-environment jsdom
import { act } from 'react';
import { expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/locale.tsx';
import type { CorpusEvent } from '../model/corpus.ts';
import { mountEachTest } from '../test/mount.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { UndatedTray } from './undated-tray.tsx';

// 120 undated events, named u000 to u119.
const base = seedCorpus().events[0] as CorpusEvent;
const events = Array.from({ length: 120 }, (_, i) => {
  const id = `u${String(i).padStart(3, '0')}`;
  return { ...base, id, title: { ar: id, en: id }, startMs: null, endMs: null };
});

const mount = mountEachTest();

const render = (selectedId: string | null) =>
  act(() =>
    mount.root.render(
      <LocaleProvider lang="en">
        <UndatedTray events={events} selectedId={selectedId} onSelect={vi.fn()} />
      </LocaleProvider>,
    ),
  );
const items = () => [...mount.container.querySelectorAll('li button')].map((b) => b.textContent);
const more = () => mount.container.querySelector('button.show-more');

it('lists undated events 50 at a time, and always reaches the selected one', () => {
  render(null);
  expect(mount.container.querySelector('h3')?.textContent).toBe('Undated events (120)');
  expect(items()).toHaveLength(50);
  expect(more()?.textContent).toBe('Show 50 more (70 left)');
  act(() => (more() as HTMLButtonElement).click());
  expect(items()).toHaveLength(100);
  expect(more()?.textContent).toBe('Show 20 more (20 left)');
  render('u110');
  expect(items().at(-1)).toBe('u110');
  expect(mount.container.querySelector('[aria-pressed="true"]')?.textContent).toBe('u110');
});
