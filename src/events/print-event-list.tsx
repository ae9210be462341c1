import { useArticleText } from '../data/use-article-text.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { type CorpusArticle, type CorpusEvent, type CorpusEvidence, spanArticle } from '../model/corpus.ts';
import { Quoted } from '../ui/quoted.tsx';

/** Props of PrintEventList. */
export interface PrintEventListProps {
  events: readonly CorpusEvent[];
  entities: ReadonlyMap<string, EntityRecord>;
  articles: readonly CorpusArticle[];
}

/** The words of one evidence span: its own quote, else the article's text between its offsets. */
function PrintQuote({ span, article, lang }: { span: CorpusEvidence; article: CorpusArticle; lang: string }) {
  const { t } = useLocale();
  const text = useArticleText(article);
  const words =
    text.status === 'ready' ? (text.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '') : null;
  return words === null ? (
    <p className="muted">{text.status === 'loading' ? t.textLoading : t.textFailed}</p>
  ) : (
    <blockquote lang={lang}>{words}</blockquote>
  );
}

/**
 * Every filtered event — not the screen's first page — with its date, all its participants and its
 * evidence, for paper. Rendered only while printing: on screen the paged list stands in for it.
 */
export function PrintEventList({ events, entities, articles }: PrintEventListProps) {
  const { t, lang, interval, entityName } = useLocale();
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (
    <ol className="print-list">
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id}>
          <p className="event-date">
            {interval(event.when)}
            {event.when.text ? (
              <>
                {' '}
                <Quoted className="as-written" text={event.when.text} lang={event.articleLanguage} />
              </>
            ) : null}
          </p>
          <p className="event-title">{event.title[lang]}</p>
          <p className="event-meta">
            {t.types[event.type]}
            {t.separator}
            {event.participants
              .map((p) => entityName(entities.get(p.entity), p.entity))
              .join(t.listSeparator)}
            {event.when.certainty !== 'stated' ? `${t.separator}${t.certainties[event.when.certainty]}` : ''}
            {event.status !== 'occurred' ? `${t.separator}${t.statuses[event.status]}` : ''}
          </p>
          {event.evidence.map((span) => {
            const article = byId.get(spanArticle(span, event));
            const key = `${span.article ?? ''}:${span.paragraph}:${span.start}`;
            if (span.quote !== undefined || !article) {
              return (
                <blockquote key={key} lang={event.articleLanguage}>
                  {span.quote ?? ''}
                </blockquote>
              );
            }
            return <PrintQuote key={key} span={span} article={article} lang={event.articleLanguage} />;
          })}
        </li>
      ))}
    </ol>
  );
}
