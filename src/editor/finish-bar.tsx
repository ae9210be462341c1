import { localStore } from '../data/local-store.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import { LoadFailed } from '../ui/load-failed.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import { finishRecord } from './finish-record.ts';
import { ProblemNotes } from './problem-notes.tsx';
import type { Checked } from './use-validation.ts';

/** Saves the file the record makes: rejected events left out, as finishRecord says. */
function download(record: ArticleRecord) {
  const blob = new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${record.id}.json`;
  link.click();
  // The download has started by the next task; the address can go then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Where the work stands (saved, valid) and the two ways out: download the JSON, or open it in the explorer. */
export function FinishBar({
  record,
  checked,
  savedAt,
}: {
  record: ArticleRecord;
  checked: Checked;
  savedAt: number | false | null;
}) {
  const { m, lang, moment } = useEditorLocale();
  const general = checked.problems.filter((p) => p.target.at !== 'event');
  const blocked = checked.checking || checked.failed === true || checked.problems.length > 0;

  const open = async () => {
    const finished = finishRecord(record);
    await localStore().putRecord({
      id: finished.id,
      record: finished,
      origin: 'editor',
      savedAt: Date.now(),
    });
    const params = new URLSearchParams({ ...(lang === 'en' ? { lang } : {}), article: finished.id });
    window.location.assign(`./?${params}`);
  };

  return (
    <section className="editor-panel finish-bar" aria-labelledby="finish-heading">
      <h2 id="finish-heading">{m.finish.heading}</h2>
      <p className="muted">{m.finish.help}</p>
      <p role="status" className={checked.problems.length ? 'field-error' : 'field-help'}>
        {checked.checking || checked.failed
          ? '…'
          : checked.problems.length
            ? m.problems.heading(checked.problems.length)
            : m.problems.valid}
      </p>
      {checked.failed ? (
        <LoadFailed lang={lang} part="checker" onRetry={() => checked.retry?.()} className="field-error" />
      ) : null}
      <ProblemNotes problems={general} />
      <div className="finish-actions">
        <button
          type="button"
          className="primary"
          disabled={blocked}
          onClick={() => download(finishRecord(record))}
        >
          {m.finish.download}
        </button>
        {/* Without IndexedDB the explorer, another page, could not find the record. */}
        <button type="button" disabled={blocked || !localStore().persistent} onClick={() => void open()}>
          {m.finish.openInExplorer}
        </button>
      </div>
      {checked.problems.length > 0 ? <p className="field-error">{m.finish.blocked}</p> : null}
      <p className="muted save-state">
        {savedAt === false
          ? m.finish.notSaved
          : savedAt
            ? (localStore().persistent ? m.finish.saved : m.finish.tabOnly)(moment(savedAt))
            : ''}
      </p>
    </section>
  );
}
