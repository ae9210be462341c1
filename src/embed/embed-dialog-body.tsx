import './embed-dialog.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { EMBED_DIALOG_STRINGS } from '../i18n/embed-dialog-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { formatNumber } from '../model/format-date.ts';
import { formatUrlState, type UrlState, type View } from '../model/url-state.ts';

type EmbedView = 'timeline' | 'graph' | 'both';

/** The embed page's address for the current view, with the chosen look and size. */
export function embedAddress(
  state: UrlState,
  view: EmbedView,
  theme: 'light' | 'dark',
  height: number | null,
): string {
  const views: View[] = view === 'both' ? ['timeline', 'graph'] : [view];
  const query = new URLSearchParams(formatUrlState({ ...state, view: views, event: null }).slice(1));
  if (theme === 'dark') query.set('theme', 'dark');
  if (height) query.set('height', String(height));
  return new URL(`./embed.html?${query.toString().replace(/%2C/g, ',')}`, window.location.href).href;
}

/** The `<iframe>` and host-script snippet an editor pastes into a page. */
export function embedSnippet(src: string, title: string, height: number | null): string {
  const script = new URL('./embed.js', src).href;
  const attribute = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy"`,
    `  style="width:100%;height:${height ?? 480}px;border:0"`,
    '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}

/** Props of EmbedDialogBody. */
export interface EmbedDialogBodyProps {
  state: UrlState;
  count: number;
  /** Changes each time the reader asks for the dialog: it opens then. */
  request: number;
}

/**
 * The Embed dialog: turns the current view into a ready snippet, with a copy button and a live preview.
 * Loaded the first time it is asked for (see EmbedDialog), outside the explorer's first bundle.
 */
export function EmbedDialogBody({ state, count, request }: EmbedDialogBodyProps) {
  const { lang } = useLocale();
  const w = EMBED_DIALOG_STRINGS[lang];
  const ids = { title: useId(), snippet: useId(), height: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<EmbedView>('timeline');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [height, setHeight] = useState<number | null>(null);
  const [copied, setCopied] = useState<string>('');
  const src = useMemo(() => embedAddress(state, view, theme, height), [state, view, theme, height]);
  const snippet = embedSnippet(src, w.iframeTitle(count), height);

  const radio = <T extends string>(
    name: string,
    value: T,
    current: T,
    set: (v: T) => void,
    label: string,
  ) => (
    <label key={value}>
      <input type="radio" name={name} checked={current === value} onChange={() => set(value)} /> {label}
    </label>
  );

  useEffect(() => {
    if (request === 0 || dialog.current?.open) return;
    setOpen(true);
    setCopied('');
    dialog.current?.showModal();
  }, [request]);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={ids.title} onClose={() => setOpen(false)}>
      <h2 id={ids.title}>{w.dialogTitle}</h2>
      <p className="muted">{w.intro}</p>
      <div className="embed-options">
        <fieldset>
          <legend>{w.view}</legend>
          {radio(`${ids.title}-view`, 'timeline', view, setView, w.viewTimeline)}
          {radio(`${ids.title}-view`, 'graph', view, setView, w.viewGraph)}
          {radio(`${ids.title}-view`, 'both', view, setView, w.viewBoth)}
        </fieldset>
        <fieldset>
          <legend>{w.theme}</legend>
          {radio(`${ids.title}-theme`, 'light', theme, setTheme, w.themeLight)}
          {radio(`${ids.title}-theme`, 'dark', theme, setTheme, w.themeDark)}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.height}>{w.height}</label>
          <select
            id={ids.height}
            value={height ?? ''}
            onChange={(e) => setHeight(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{w.heightAuto}</option>
            {[360, 480, 640, 800].map((h) => (
              <option key={h} value={h}>
                {formatNumber(h, lang)} px
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.snippet}>{w.snippet}</label>
        <textarea
          id={ids.snippet}
          readOnly
          dir="ltr"
          rows={5}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="embed-actions">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(snippet);
              setCopied(w.copied);
            } catch {
              setCopied(w.copyFailed);
            }
          }}
        >
          {w.copy}
        </button>
        <span role="status">{copied}</span>
        <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
          {w.close}
        </button>
      </div>
      <h3>{w.preview}</h3>
      {open ? (
        <iframe
          className="embed-preview"
          src={src}
          title={w.iframeTitle(count)}
          style={{ height: height ?? 420 }}
          sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        />
      ) : null}
    </dialog>
  );
}
