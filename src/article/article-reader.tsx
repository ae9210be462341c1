import './article-reader.css';
import { Fragment, type MouseEvent, Suspense, useEffect, useMemo, useRef } from 'react';
import { useArticleText } from '../data/use-article-text.ts';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import type { CorpusArticle, CorpusEvent } from '../model/corpus.ts';
import { type ParagraphSpan, segmentsOf, spansByParagraph } from '../model/evidence-segments.ts';
import { formatDayLong } from '../model/format-date.ts';
import { type FoldedText, findMatches, foldWithMap } from '../model/search-text.ts';
import { markViewPresented, VIEW_MARKS } from '../state/view-marks.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { markRanges } from '../ui/highlighted.tsx';
import { LazyFailureList } from '../ui/lazy-load-failures.ts';
import { hasLongWord, LongWords } from '../ui/long-words.tsx';
import { scrollIntoPane } from '../ui/scroll-into-pane.ts';

/** Props of ArticleReader. */
export interface ArticleReaderProps {
  /** The article; its paragraphs are fetched here when the corpus kept it without them. */
  article: CorpusArticle;
  /** The article's events in time order. */
  events: CorpusEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The link that selects an event, so a highlighted sentence works as a real link too. */
  hrefFor: (id: string) => string;
  /** The free-text query whose matches are marked (default none). */
  query?: string;
  /** Spellings of the people in the person filter, whose mentions are marked (default none). */
  people?: readonly string[];
}

// Each article's paragraphs folded once, the first time a query or a person is marked in them: a filter
// change re-renders the reader, and folding every paragraph again was most of its cost.
const foldedTexts = new WeakMap<readonly string[], FoldedText[]>();
function foldedParagraphs(paragraphs: readonly string[]): FoldedText[] {
  let folded = foldedTexts.get(paragraphs);
  if (!folded) {
    folded = paragraphs.map(foldWithMap);
    foldedTexts.set(paragraphs, folded);
  }
  return folded;
}

/** Which event a click on a sentence selects: the next one after the current selection, cycling. */
const NO_SPANS: readonly ParagraphSpan[] = [];

function nextEvent(eventIds: string[], selectedId: string | null): string {
  const at = selectedId ? eventIds.indexOf(selectedId) : -1;
  return eventIds[(at + 1) % eventIds.length] as string;
}

/** The article as published, every evidence span highlighted and linked to its events. */
export function ArticleReader({
  article,
  events,
  selectedId,
  onSelect,
  hrefFor,
  query = '',
  people = [],
}: ArticleReaderProps) {
  const { t, lang } = useLocale();
  const rootRef = useRef<HTMLElement>(null);
  const titles = useMemo(() => new Map(events.map((e) => [e.id, e.title[lang]])), [events, lang]);
  const text = useArticleText(article);
  const spans = useMemo(() => spansByParagraph(events, article.id), [events, article.id]);
  const paragraphs = text.status === 'ready' ? text.paragraphs : null;

  useEffect(() => {
    if (paragraphs) markViewPresented(VIEW_MARKS.article);
  }, [paragraphs]);

  // Also once the text arrives, for a link that opens on a selected event.
  useEffect(() => {
    if (!selectedId || !paragraphs) return;
    scrollIntoPane(rootRef.current?.querySelector('a.evidence[data-selected="true"]'), 'center');
  }, [selectedId, paragraphs]);

  // Query matches and mentions of the chosen people, as ranges of the paragraph.
  const marksIn = (index: number) => {
    if (!paragraphs || (!query && people.length === 0)) return [];
    const folded = foldedParagraphs(paragraphs)[index] as FoldedText;
    return [
      ...(query ? findMatches(folded, query) : []),
      ...people.flatMap((name) => findMatches(folded, name)),
    ].sort((a, b) => a[0] - b[0]);
  };

  const select = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(id);
  };

  return (
    <article
      className="reader"
      ref={rootRef}
      lang={article.language}
      dir={article.language === 'ar' ? 'rtl' : 'ltr'}
    >
      <h2 className="headline">{article.headline}</h2>
      <dl className="article-meta" lang={lang} dir={t.dir}>
        <div>
          <dt>{t.source}</dt>
          <dd>
            <ExternalLink href={article.source.url} newTab={SHARE_HELP_MESSAGES[lang].newTab}>
              {article.source.name[lang]}
            </ExternalLink>
          </dd>
        </div>
        <div>
          <dt>{t.dateline}</dt>
          <dd>{article.dateline[lang]}</dd>
        </div>
        <div>
          <dt>{t.published}</dt>
          <dd>
            <time dateTime={article.published.date}>{formatDayLong(article.published.date, lang)}</time>
          </dd>
        </div>
      </dl>
      {/* Always mounted, so screen readers announce the loading text when it appears. */}
      <p
        className={text.status === 'loading' ? 'muted text-loading' : 'sr-only'}
        role="status"
        lang={lang}
        dir={t.dir}
      >
        {text.status === 'loading' ? t.textLoading : ''}
      </p>
      {text.status === 'error' ? (
        <div className="notice" role="alert" lang={lang} dir={t.dir}>
          <p>{t.textFailed}</p>
          <Suspense fallback={null}>
            <LazyFailureList failures={[text.failure]} />
          </Suspense>
        </div>
      ) : null}
      {paragraphs?.map((paragraph, index) => {
        const marks = marksIn(index);
        // A run of hundreds of characters without a space is cut for display (search marks set aside).
        const long = hasLongWord(paragraph);
        return (
          // Paragraphs never move or change: their index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={index} className="paragraph" data-paragraph={index}>
            {segmentsOf(paragraph, spans.get(index) ?? NO_SPANS).map((segment) => {
              const text = long ? (
                <LongWords text={segment.text} />
              ) : (
                markRanges(segment.text, segment.start, marks)
              );
              if (segment.eventIds.length === 0) return <Fragment key={segment.start}>{text}</Fragment>;
              const selected = selectedId !== null && segment.eventIds.includes(selectedId);
              const target = nextEvent(segment.eventIds, selectedId);
              const label = t.evidenceOf(segment.eventIds.map((id) => titles.get(id) ?? id).join('؛ '));
              return (
                <a
                  key={segment.start}
                  className="evidence"
                  href={hrefFor(target)}
                  data-events={segment.eventIds.join(' ')}
                  data-selected={selected}
                  title={label}
                  onClick={(e) => select(e, target)}
                >
                  {text}
                </a>
              );
            })}
          </p>
        );
      })}
      {article.related.length > 0 ? (
        <aside className="related" lang={lang} dir={t.dir}>
          <h3>{t.seeAlso}</h3>
          <ul>
            {article.related.map((link) => (
              <li key={link.title} lang={article.language}>
                <ExternalLink href={link.url} newTab={SHARE_HELP_MESSAGES[lang].newTab}>
                  {link.title}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  );
}
