import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../app/locale.tsx';
import type { LocalFiles } from '../data/use-local-files.ts';

/**
 * "Open articles…": a file picker for one or more JSON records, plus a drop target over the whole
 * page. The files are read in the browser and sent nowhere.
 */
export function OpenFiles({ local }: { local: LocalFiles }) {
  const { t } = useLocale();
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
      {dragging ? (
        <div className="drop-zone" aria-hidden="true">
          <p>{t.corpus.drop}</p>
        </div>
      ) : null}
    </>
  );
}
