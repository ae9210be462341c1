import { CLAIMS_STRINGS } from '../i18n/claims-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { ArticleSourceRecord, EntityRecord } from '../model/article-schema.ts';
import { type CorpusArticle, type CorpusEvent, recordKeys } from '../model/corpus.ts';
import { eventKey } from '../model/event-key.ts';
import { Quoted } from '../ui/quoted.tsx';

/** Props of ReportDetails. */
export interface ReportDetailsProps {
  event: CorpusEvent;
  articles: CorpusArticle[];
  entities: ReadonlyMap<string, EntityRecord>;
}

/**
 * What version 2 records add about how each article reports the event: the time of day as written,
 * the quoted statements with their speakers, and the chain of sources («مصدر دبلوماسي» via AFP).
 * Read from the articles' own records; nothing when none of them says any of it.
 */
export function ReportDetails({ event, articles, entities }: ReportDetailsProps) {
  const { t, lang, entityName } = useLocale();
  const words = CLAIMS_STRINGS[lang].report;
  const keys = new Set(recordKeys(event));
  const reports = articles.flatMap((article) =>
    article.events
      .filter(
        (e) => keys.has(eventKey(article.id, e.id)) && (e.time || e.quotes?.length || e.sources?.length),
      )
      .map((record) => ({ article, record })),
  );
  if (reports.length === 0) return null;
  const sourceName = (source: ArticleSourceRecord | undefined, id: string, language: string) => {
    if (!source) return id;
    const name = source.name?.[lang] ?? source.text;
    return name ? (
      <bdi lang={source.name ? undefined : language}>{name}</bdi>
    ) : (
      words.sourceKinds[source.kind]
    );
  };
  return (
    <dl className="details-list report-details">
      {reports.map(({ article, record }) => {
        const sources = new Map((article.sources ?? []).map((s) => [s.id, s]));
        return [
          record.time ? (
            <div key={`${article.id}/time`}>
              <dt>{words.timeOfDay}</dt>
              <dd>
                {record.time.text ? <Quoted text={record.time.text} lang={article.language} /> : null}{' '}
                {[record.time.start, record.time.end].filter(Boolean).join('–')} {record.time.timeZone ?? ''}
              </dd>
            </div>
          ) : null,
          record.quotes?.length ? (
            <div key={`${article.id}/quotes`}>
              <dt>{words.quotes}</dt>
              {record.quotes.map((quote) => (
                <dd key={`${quote.span.paragraph}:${quote.span.start}`} className="report-quote">
                  {entityName(entities.get(quote.speaker), quote.speaker)}:{' '}
                  <Quoted text={quote.span.quote} lang={article.language} />{' '}
                  <span className="muted">({words.speech[quote.speech]})</span>
                </dd>
              ))}
            </div>
          ) : null,
          record.sources?.length ? (
            <div key={`${article.id}/sources`}>
              <dt>{words.sources}</dt>
              <dd>
                {record.sources.map((id, i) => {
                  const source = sources.get(id);
                  return (
                    <span key={id}>
                      {i > 0 ? t.chainSeparator : null}
                      {sourceName(source, id, article.language)}
                      {source ? <span className="muted"> ({words.sourceKinds[source.kind]})</span> : null}
                    </span>
                  );
                })}
              </dd>
            </div>
          ) : null,
        ];
      })}
    </dl>
  );
}
