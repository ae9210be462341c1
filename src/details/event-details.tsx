import './details.css';
import { useId } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import type { EntityRecord, NoteRecord } from '../model/article-schema.ts';
import { type CorpusArticle, type CorpusEvent, spanArticle } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { Quoted } from '../ui/quoted.tsx';
import { EventClaims } from './event-claims.tsx';
import { EvidenceQuote } from './evidence-quote.tsx';
import { ReportDetails } from './report-details.tsx';

/** Props of EventDetails. */
export interface EventDetailsProps {
  event: CorpusEvent;
  /** The loaded articles, to quote the evidence of each article that reports the event. */
  articles: CorpusArticle[];
  entities: ReadonlyMap<string, EntityRecord>;
  notes: NoteRecord[];
  /** Title of another event, for dates relative to it. */
  titleOf: (eventId: string) => string;
  onClear: () => void;
}

/** Everything known about one event: both dates, who took part and how, who says so, and why. */
export function EventDetails({ event, articles, entities, notes, titleOf, onClear }: EventDetailsProps) {
  const article = articles.find((a) => a.id === event.articleId);
  const articleOf = (id: string) => articles.find((a) => a.id === id);
  const { t, lang, interval, entityName } = useLocale();
  const { when } = event;
  const titleId = useId();
  const relative =
    when.relativeTo.kind === 'publication'
      ? t.relativeToPublication
      : when.relativeTo.kind === 'event'
        ? t.relativeToEvent(titleOf(when.relativeTo.event))
        : t.absoluteDate;
  const name = (id: string) => entityName(entities.get(id), id);

  return (
    <section className="details" aria-labelledby={titleId}>
      <div className="details-head">
        <h3 id={titleId}>{event.title[lang]}</h3>
        <button type="button" className="quiet" onClick={onClear}>
          {t.clearSelection}
        </button>
      </div>
      <p className="details-type">
        {t.types[event.type]}
        {t.separator}
        {t.statuses[event.status]}
      </p>
      <dl className="details-list">
        <dt>{t.date}</dt>
        <dd>
          <strong>{interval(when)}</strong> ({t.precisions[when.precision]}، {t.certainties[when.certainty]})
          <br />
          {t.dateAsWritten}:{' '}
          {when.text ? (
            <Quoted text={when.text} lang={article?.language} />
          ) : (
            <span className="muted">{t.noDateInText}</span>
          )}{' '}
          — {relative}
          {when.rule ? (
            <>
              <br />
              {t.inferenceRule}: {when.rule[lang]}
            </>
          ) : null}
          {when.outside ? (
            <>
              <br />
              {t.outsideDate}: <strong>{interval(when.outside)}</strong>
            </>
          ) : null}
        </dd>
        <dt>{t.participants}</dt>
        <dd>
          {event.participants.length === 0 ? (
            <span className="muted">{t.noParticipants}</span>
          ) : (
            <ul className="inline-list">
              {event.participants.map((p) => (
                <li key={p.entity}>
                  {name(p.entity)} <span className="muted">({t.roles[p.role]})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {event.mentions.length > 0 ? (
          <>
            <dt>{t.mentioned}</dt>
            <dd>{event.mentions.map(name).join(t.listSeparator)}</dd>
          </>
        ) : null}
        {event.place ? (
          <>
            <dt>{t.place}</dt>
            <dd>{event.place[lang]}</dd>
          </>
        ) : null}
        <dt>{t.attribution}</dt>
        <dd>{event.attribution.map(name).join(t.chainSeparator)}</dd>
      </dl>
      <ReportDetails event={event} articles={articles} entities={entities} />
      {event.claims ? (
        <EventClaims event={{ ...event, claims: event.claims }} articles={articles} entities={entities} />
      ) : (
        <dl className="details-list">
          <dt>{t.evidence}</dt>
          <dd>
            {event.evidence.map((span) => (
              <blockquote
                key={`${spanArticle(span, event)}:${span.paragraph}:${span.start}`}
                lang={articleOf(spanArticle(span, event))?.language}
              >
                <EvidenceQuote span={span} article={articleOf(spanArticle(span, event))} />
                <footer>
                  {t.paragraph(formatNumber(span.paragraph + 1, lang))}
                  {event.articles.length > 1 ? (
                    <>
                      {t.separator}
                      <bdi lang={articleOf(spanArticle(span, event))?.language}>
                        {articleOf(spanArticle(span, event))?.headline}
                      </bdi>
                    </>
                  ) : null}
                </footer>
              </blockquote>
            ))}
          </dd>
        </dl>
      )}
      {notes.length > 0 ? (
        <section className="notes">
          <h4>{t.notes}</h4>
          {notes.map((note) => (
            <div key={note.id} className="note">
              <p>{note.text[lang]}</p>
              <p className="muted">
                {t.sourcesLabel}:{' '}
                {note.sources.map((s) => (
                  // The publisher may be named in Arabic and the reference be an address: each keeps its own
                  // direction, and the citation takes the direction of what it starts with.
                  <cite key={s.reference} dir="auto">
                    {/* The citation's own address, else the reference when it is one. */}
                    <ExternalLink href={s.url ?? s.reference} newTab={SHARE_HELP_MESSAGES[lang].newTab}>
                      <bdi>{s.publisher}</bdi>, <bdi>{s.reference}</bdi>
                    </ExternalLink>
                  </cite>
                ))}
              </p>
            </div>
          ))}
        </section>
      ) : null}
    </section>
  );
}
