import { type ClipboardEvent, type ReactNode, useId, useState } from 'react';
import { articleTextFromHtml } from '../model/draft/article-text-from-html.ts';
import { isolatedMessage } from '../ui/isolated-message.tsx';
import { cutToBytes, MAX_TEXT_BYTES, readArticleFile, utf8Bytes } from './article-input.ts';
import { useEditorLocale } from './editor-locale.tsx';

const LOOKS_LIKE_HTML = /<(?:p|div|html|body|article|h1|script)\b/i;

/** Saves a text as a file, so a text too long to edit here can be kept elsewhere. */
function saveText(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'article.txt';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The article's text: pasted, typed or opened from a .txt/.html file. A text over the limit is kept
 * whole (in the draft, so a reload loses nothing) but not laid out in the box, where megabytes of
 * Arabic would freeze the page: the reader chooses to keep its start, save it, or clear it.
 */
export function ArticleTextField({ text, onText }: { text: string; onText: (text: string) => void }) {
  const { m, bytes } = useEditorLocale();
  const id = useId();
  const [fileNote, setFileNote] = useState<ReactNode>(null);
  const size = utf8Bytes(text);
  const tooLong = size > MAX_TEXT_BYTES;

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const box = event.currentTarget;
    if (utf8Bytes(pasted) + size <= MAX_TEXT_BYTES) return;
    // Inserted here rather than by the browser, which would lay the whole text out first.
    event.preventDefault();
    onText(text.slice(0, box.selectionStart) + pasted + text.slice(box.selectionEnd));
  };

  const openFile = async (file: File) => {
    const read = await readArticleFile(file);
    // The file's name is the reader's text: isolated, so a name in another script keeps its place.
    setFileNote(read.ok ? null : isolatedMessage(m.input.fileProblems[read.problem], file.name));
    if (read.ok) onText(read.text);
  };

  return (
    <div className="field editor-field">
      {tooLong ? <p className="field-label">{m.input.text}</p> : <label htmlFor={id}>{m.input.text}</label>}
      {tooLong ? (
        <div className="too-long" role="alert" id={id} tabIndex={-1}>
          <p className="field-error">{m.input.tooLong(bytes(size), bytes(MAX_TEXT_BYTES))}</p>
          <div className="input-actions">
            <button type="button" onClick={() => onText(cutToBytes(text, MAX_TEXT_BYTES))}>
              {m.input.keepStart(bytes(MAX_TEXT_BYTES))}
            </button>
            <button type="button" onClick={() => saveText(text)}>
              {m.input.saveText}
            </button>
            <button
              type="button"
              className="quiet"
              onClick={() => window.confirm(m.input.confirmClear) && onText('')}
            >
              {m.input.clearText}
            </button>
          </div>
        </div>
      ) : (
        <textarea
          id={id}
          className="article-text"
          dir="auto"
          rows={12}
          value={text}
          aria-describedby={`${id}-help ${id}-size`}
          onChange={(e) => onText(e.target.value)}
          onPaste={onPaste}
        />
      )}
      <p id={`${id}-help`} className="field-help">
        {m.input.textHelp}
      </p>
      <p id={`${id}-size`} className="field-help">
        {m.input.size(bytes(size), bytes(MAX_TEXT_BYTES))}
      </p>
      {!tooLong && LOOKS_LIKE_HTML.test(text.slice(0, 4000)) ? (
        <p className="field-warning">
          {m.input.looksLikeHtml}{' '}
          <button type="button" className="quiet" onClick={() => onText(articleTextFromHtml(text))}>
            {m.input.readAsHtml}
          </button>
        </p>
      ) : null}
      <div className="file-open">
        <input
          id={`${id}-file`}
          className="sr-only"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <label htmlFor={`${id}-file`} className="button-like">
          {m.input.openFile}
        </label>
        {fileNote ? <p className="field-error">{fileNote}</p> : null}
      </div>
    </div>
  );
}
