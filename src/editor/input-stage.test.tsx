// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import { newDraft } from './editor-draft.ts';
import { EditorLocaleProvider } from './editor-locale.tsx';
import { InputStage } from './input-stage.tsx';
import type { Drafter, DrafterStatus } from './use-drafter.ts';

const mount = mountEachTest();

/** The input stage in `lang` beside a drafter that stands at `status`. */
function renderWith(status: DrafterStatus, lang: 'ar' | 'en') {
  const drafter: Drafter = {
    status,
    draft: async () => null,
    search: async () => [],
  };
  act(() =>
    mount.root.render(
      <EditorLocaleProvider lang={lang}>
        <InputStage
          draft={newDraft(Date.UTC(2026, 11, 3), 'd1', 'Asia/Damascus')}
          update={() => {}}
          drafter={drafter}
          onDrafted={() => {}}
        />
      </EditorLocaleProvider>,
    ),
  );
  const status_ = mount.container.querySelector('[role="status"]');
  const details = mount.container.querySelector('details.raw-detail');
  return {
    status: status_?.textContent,
    summary: details?.querySelector('summary')?.textContent ?? null,
    detail: details?.querySelector('code')?.textContent ?? null,
  };
}

describe('InputStage', () => {
  it('says in Arabic that the drafter stopped on a fault, its own English words folded away', () => {
    const shown = renderWith({ state: 'failed', message: "TypeError: can't read 'spans'" }, 'ar');
    expect(shown.status).toBe('توقّفت أداة الاستخراج بسبب خلل في رصد. نصّك محفوظ؛ حاول مرة أخرى.');
    expect(shown.summary).toBe('التفاصيل التقنية كما وردت');
    expect(shown.detail).toBe("TypeError: can't read 'spans'");
  });

  it('says so in English too', () => {
    const shown = renderWith({ state: 'failed', message: 'RangeError: too deep' }, 'en');
    expect(shown.status).toBe('The drafter stopped on a fault in Rasd. Your text is kept; try again.');
    expect(shown.summary).toBe('Technical details, as reported');
    expect(shown.detail).toBe('RangeError: too deep');
  });

  it('says a drafter that did not load could not be loaded, with no technical details', () => {
    const shown = renderWith({ state: 'failed', message: '' }, 'ar');
    expect(shown.status).toBe('تعذّر تحميل أداة الاستخراج (هل انقطع الاتصال؟). نصّك محفوظ؛ حاول مرة أخرى.');
    expect(shown.summary).toBeNull();
  });

  it('shows no technical details while the drafter is idle', () => {
    const shown = renderWith({ state: 'idle' }, 'ar');
    expect(shown.status).toBe('');
    expect(shown.summary).toBeNull();
  });
});
