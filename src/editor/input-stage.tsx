import { useEffect, useId, useState } from 'react';
import type { DraftMeta } from '../model/draft/draft-article.ts';
import { MAX_TEXT_BYTES, utf8Bytes } from './article-input.ts';
import { ArticleTextField } from './article-text-field.tsx';
import type { EditorDraft } from './editor-draft.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { checkMeta, type MetaFields, todayIn } from './meta-fields.ts';
import { MetaForm } from './meta-form.tsx';
import type { Drafter } from './use-drafter.ts';

function metaOf(fields: MetaFields): DraftMeta {
  return {
    published: { date: fields.date, time: fields.time || null, timeZone: fields.timeZone },
    ...(fields.source.trim() ? { source: fields.source.trim() } : {}),
    ...(fields.url.trim() ? { url: fields.url.trim() } : {}),
  };
}

/** Paste or open the article, fill in its details, and draft it in the worker. */
export function InputStage({
  draft,
  update,
  drafter,
  onDrafted,
  onBack,
}: {
  draft: EditorDraft;
  update: (change: (d: EditorDraft) => EditorDraft) => void;
  drafter: Drafter;
  /** Called once a draft is made: the review takes over. */
  onDrafted: () => void;
  /** Back to the review without drafting again; absent before the first draft. */
  onBack?: () => void;
}) {
  const { m, bytes, decimal } = useEditorLocale();
  const textId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now);
  const size = utf8Bytes(draft.text);
  const tooLong = size > MAX_TEXT_BYTES;
  const problems = checkMeta(draft.meta, todayIn(draft.meta.timeZone, now));
  const running = drafter.status.state === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);

  const setText = (text: string) => update((d) => ({ ...d, text }));

  const run = async () => {
    if (draft.text.trim() === '') return setMessage(m.input.empty);
    if (tooLong) return setMessage(m.input.tooLong(bytes(size), bytes(MAX_TEXT_BYTES)));
    if (problems.some((p) => p.severity === 'error')) {
      return setMessage(
        m.input.metaProblems[problems.find((p) => p.severity === 'error')?.code ?? 'date-missing'],
      );
    }
    if (draft.record && !window.confirm(m.input.confirmRedraft)) return;
    setMessage(null);
    const text = draft.text;
    const outcome = await drafter.draft(text, metaOf(draft.meta));
    if (!outcome) return;
    update((d) => ({ ...d, record: outcome.record, warnings: outcome.warnings }));
    onDrafted();
  };

  return (
    <section className="editor-panel input-stage" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>{m.input.heading}</h2>
      <ArticleTextField text={draft.text} onText={setText} />
      <MetaForm
        fields={draft.meta}
        problems={problems}
        onChange={(patch) => update((d) => ({ ...d, meta: { ...d.meta, ...patch } }))}
      />
      <div className="input-actions">
        <button type="button" className="primary" disabled={running} onClick={() => void run()}>
          {draft.record ? m.input.redraft : m.input.draft}
        </button>
        {onBack ? (
          <button type="button" onClick={onBack}>
            {m.input.backToReview}
          </button>
        ) : null}
      </div>
      <p className="status-line" role="status">
        {running && drafter.status.state === 'running'
          ? m.input.running(decimal(Math.max(0, now - drafter.status.since) / 1000))
          : drafter.status.state === 'failed'
            ? drafter.status.message
              ? m.input.failed
              : m.input.unloaded
            : (message ?? '')}
      </p>
      {drafter.status.state === 'failed' && drafter.status.message ? (
        <details className="raw-detail">
          <summary>{m.input.failedDetail}</summary>
          <code dir="auto">{drafter.status.message}</code>
        </details>
      ) : null}
    </section>
  );
}
