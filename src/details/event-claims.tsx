import { useId } from 'react';
import { CLAIMS_STRINGS } from '../i18n/claims-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import { type Claim, type ClaimField, eventDisagreements } from '../model/claims.ts';
import type { CorpusArticle, CorpusEvent } from '../model/corpus.ts';
import { formatDay, formatNumber } from '../model/format-date.ts';
import { Quoted } from '../ui/quoted.tsx';
import { EvidenceQuote } from './evidence-quote.tsx';

/** Props of EventClaims. */
export interface EventClaimsProps {
  /** An event several articles report (its `claims` set). */
  event: CorpusEvent & { claims: readonly Claim[] };
  articles: CorpusArticle[];
  entities: ReadonlyMap<string, EntityRecord>;
}

/**
 * What each article says about the event: first where they differ, one line per field with each
 * source's value ("SANA: Saturday · Invented Wire Digest: 24 October"), then each claim with its
 * outlet, date and evidence. Outlet names are the records' text: isolated, never markup.
 */
export function EventClaims({ event, articles, entities }: EventClaimsProps) {
  const { t, lang, interval, entityName } = useLocale();
  const words = CLAIMS_STRINGS[lang];
  const headingId = useId();
  const articleOf = (id: string) => articles.find((a) => a.id === id);
  const name = (id: string) => entityName(entities.get(id), id);
  const outlet = (claim: Claim) => articleOf(claim.article)?.source.name[lang] ?? claim.article;
  const before = (claim: Claim) => event.when.start !== null && claim.published < event.when.start;
  const value: Record<ClaimField, (claim: Claim) => string> = {
    type: (c) => t.types[c.type],
    when: (c) => interval(c.when),
    time: (c) => timeText(c.time),
    status: (c) => t.statuses[c.status],
    place: (c) => c.place?.[lang] ?? words.notSaid,
    participants: (c) =>
      c.participants.map((p) => `${name(p.entity)} (${t.roles[p.role]})`).join(t.listSeparator),
    initiator: (c) => (c.initiator ? name(c.initiator) : words.notSaid),
  };
  const disagreements = eventDisagreements(event);
  // The words as written carry the time best; clock times and the zone are added when given.
  function timeText(time: Claim['time']): string {
    if (!time) return words.notSaid;
    const clock = [time.start, time.end].filter(Boolean).join('–');
    return [time.text, clock, time.timeZone].filter(Boolean).join(' ') || words.notSaid;
  }

  return (
    <section className="claims" aria-labelledby={headingId}>
      <h4 id={headingId}>{words.heading}</h4>
      <p className="muted">{words.reportedBy(event.articles.length)}</p>
      {disagreements.length === 0 ? (
        <p className="claims-agreed">{words.agreed}</p>
      ) : (
        <>
          <p className="claims-differ">{words.differ}:</p>
          <dl className="claims-disagreements">
            {disagreements.map((field) => (
              <div key={field} data-field={field}>
                <dt>{words.fields[field]}</dt>
                <dd>
                  {event.claims.map((claim, i) => (
                    <span key={`${claim.article}/${claim.event}`}>
                      {i > 0 ? words.sourceSeparator : null}
                      <bdi>{outlet(claim)}</bdi>
                      {field === 'status' && before(claim) ? `${t.listSeparator}${words.beforeIt}` : null}:{' '}
                      <strong>{value[field](claim)}</strong>
                    </span>
                  ))}
                  {words.rules[field] ? (
                    <span className="muted claims-rule"> {words.rules[field]}</span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <ol className="claims-list">
        {event.claims.map((claim) => {
          const article = articleOf(claim.article);
          return (
            <li key={`${claim.article}/${claim.event}`} className="claim" data-article={claim.article}>
              <p className="claim-head">
                <bdi>{outlet(claim)}</bdi>
                {t.listSeparator}
                {words.publishedOn(formatDay(claim.published, lang))}:{' '}
                <bdi lang={article?.language}>{article?.headline}</bdi>
              </p>
              <p>
                {t.types[claim.type]}
                {t.separator}
                {t.statuses[claim.status]}
                {t.separator}
                {interval(claim.when)}
                {claim.when.text ? (
                  <>
                    {' '}
                    (<Quoted text={claim.when.text} lang={article?.language} />)
                  </>
                ) : null}
                {claim.place ? `${t.separator}${claim.place[lang]}` : null}
              </p>
              {claim.evidence.map((span) => (
                <blockquote key={`${span.paragraph}:${span.start}`} lang={article?.language}>
                  <EvidenceQuote span={span} article={article} />
                  <footer>{t.paragraph(formatNumber(span.paragraph + 1, lang))}</footer>
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
