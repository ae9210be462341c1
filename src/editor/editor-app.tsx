import { useEffect, useState } from 'react';
import { localStore } from '../data/local-store.ts';
import { EDITOR_MESSAGES } from '../i18n/editor-messages.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { DraftWorkspace } from './draft-workspace.tsx';
import { DraftsList } from './drafts-list.tsx';
import { newDraft } from './editor-draft.ts';
import { EditorLocaleProvider, useEditorLocale } from './editor-locale.tsx';
import { type EditorUrl, useEditorUrl } from './use-editor-url.ts';

/** A fresh id for a draft: random, so two tabs never write over each other's work. */
function draftId(): string {
  return `draft-${crypto.randomUUID().slice(0, 13)}`;
}

function Page({ url, go }: { url: EditorUrl; go: (patch: Partial<EditorUrl>, replace?: boolean) => void }) {
  const { m, lang } = useEditorLocale();
  const [startFailed, setStartFailed] = useState(false);
  // The draft is written before it is opened (its address names it): a browser that refuses the
  // write (storage full or turned off) is told, rather than a button that does nothing.
  const start = async () => {
    const draft = newDraft(Date.now(), draftId());
    try {
      await localStore().putDraft(draft);
    } catch {
      setStartFailed(true);
      return;
    }
    setStartFailed(false);
    go({ draft: draft.id });
  };
  return (
    <>
      <header className="topbar">
        <a className="skip-link" href="#editor-main">
          {m.title}
        </a>
        <div className="brand">
          <p className="brand-name">{lang === 'ar' ? 'رصد' : 'Rasd'}</p>
          <h1>{m.title}</h1>
        </div>
        <div className="topbar-actions">
          <a className="open-files" href={`./${lang === 'en' ? '?lang=en' : ''}`}>
            {m.backToExplorer}
          </a>
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'ar' ? 'en' : 'ar'}
            aria-label={m.switchLanguageLabel}
            onClick={() => go({ lang: lang === 'ar' ? 'en' : 'ar' }, true)}
          >
            {m.switchLanguage}
          </button>
        </div>
      </header>
      <main id="editor-main" className="editor-main" tabIndex={-1}>
        {/* A fault while drawing a draft or the list is said in its place, with a way out: the
            address holds the draft, so a blank page came back at every reload. */}
        <ErrorBoundary
          key={url.draft ?? ''}
          fallback={() => (
            <div className="status-view error" role="alert">
              <p className="status-title">{m.partFailed}</p>
              {url.draft ? (
                <button type="button" onClick={() => go({ draft: null })}>
                  {m.backToList}
                </button>
              ) : null}
            </div>
          )}
        >
          {url.draft ? (
            <DraftWorkspace key={url.draft} id={url.draft} onClose={() => go({ draft: null })} />
          ) : (
            <>
              <div className="editor-start">
                <button type="button" className="primary" onClick={() => void start()}>
                  {m.newArticle}
                </button>
                {startFailed ? (
                  <p className="status-line" role="alert">
                    {m.startFailed}
                  </p>
                ) : null}
              </div>
              <DraftsList onOpen={(id) => go({ draft: id })} />
            </>
          )}
        </ErrorBoundary>
      </main>
    </>
  );
}

/** The article editor page: the language and the open draft follow the URL. */
export function EditorApp() {
  const { go, ...url } = useEditorUrl();
  useEffect(() => {
    document.documentElement.lang = url.lang;
    document.documentElement.dir = EDITOR_MESSAGES[url.lang].dir;
    document.title = `${EDITOR_MESSAGES[url.lang].title} — ${url.lang === 'ar' ? 'رصد' : 'Rasd'}`;
  }, [url.lang]);
  return (
    <EditorLocaleProvider lang={url.lang}>
      <Page url={url} go={go} />
    </EditorLocaleProvider>
  );
}
