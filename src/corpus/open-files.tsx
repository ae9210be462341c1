import { useEffect, useId, useRef, useState } from 'react';
import './kept-files.css';
import type { LocalFiles } from '../data/use-local-files.ts';
import { KEPT_FILES_MESSAGES } from '../i18n/kept-files-messages.ts';
import { useLocale } from '../i18n/locale.tsx';

/**
 * "Open articles…": a file picker for one or more JSON records, plus a drop target over the whole
 * page. The files are read in the browser and sent nowhere.
 */
export function OpenFiles({ local }: { local: LocalFiles }) {
  const { t, lang } = useLocale();
  const kept = KEPT_FILES_MESSAGES[lang];
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (e.dataTransfer?.files.length) void local.add(e.dataTransfer.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [local]);

  return (
    <>
      <input
        id={inputId}
        ref={inputRef}
        className="sr-only"
        type="file"
        multiple
        accept=".json,application/json"
        onChange={(e) => {
          if (e.target.files?.length) void local.add(e.target.files);
          e.target.value = '';
        }}
      />
      <label htmlFor={inputId} className="open-files">
        {t.corpus.open}
      </label>
      {local.kept.length > 0 ? (
        <details className="kept-files">
          <summary>{kept.summary(local.kept.length)}</summary>
          <div className="kept-files-panel">
            <p className="muted">{kept.help}</p>
            <ul>
              {local.kept.map((k) => (
                <li key={k.id}>
                  <bdi>{k.file ?? k.id}</bdi>
                  {k.origin === 'editor' ? <span className="muted"> ({kept.fromEditor})</span> : null}{' '}
                  <button type="button" onClick={() => void local.remove(k.id)}>
                    {kept.remove(k.file ?? k.id)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {dragging ? (
        <div className="drop-zone" aria-hidden="true">
          <p>{t.corpus.drop}</p>
        </div>
      ) : null}
    </>
  );
}
