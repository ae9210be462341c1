import type { ArticleRecord, EvidenceRecord } from './article-schema.ts';

/** A problem with one field, as the validator reports it. */
interface Problem {
  path: string;
  message: string;
}

/** The problems of a quote's span: it must be the text's own characters, like an evidence span. */
function spanProblems(record: ArticleRecord, span: EvidenceRecord, path: string): Problem[] {
  const paragraph = record.paragraphs[span.paragraph];
  if (paragraph === undefined)
    return [{ path: `${path}.paragraph`, message: `no paragraph ${span.paragraph}` }];
  if (span.end <= span.start || span.end > paragraph.length) {
    return [
      {
        path: `${path}.end`,
        message: `span ${span.start}–${span.end} is not inside paragraph ${span.paragraph}`,
      },
    ];
  }
  return paragraph.slice(span.start, span.end) === span.quote
    ? []
    : [{ path: `${path}.quote`, message: `quote differs from the text at ${span.start}–${span.end}` }];
}

/**
 * The cross-references of the fields schema version 2 added: quotes (speaker, span, source), the
 * article's sources and their chain, an event's sources, groups' members, an office's holders, and
 * an event's time of day (its words in the evidence, start no later than end).
 */
export function v2FieldProblems(record: ArticleRecord): Problem[] {
  const problems: Problem[] = [];
  const entities = new Set(record.entities.map((e) => e.id));
  const sources = new Set((record.sources ?? []).map((s) => s.id));
  const refer = (path: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) problems.push({ path, message: `no ${what} with id "${value}"` });
  };
  const seen = new Set<string>();
  (record.sources ?? []).forEach((source, i) => {
    if (seen.has(source.id))
      problems.push({ path: `sources.${i}.id`, message: `source id "${source.id}" is used twice` });
    seen.add(source.id);
    if (source.entity) refer(`sources.${i}.entity`, source.entity, entities, 'entity');
    if (source.via === source.id)
      problems.push({ path: `sources.${i}.via`, message: 'a source cannot come through itself' });
    else if (source.via) refer(`sources.${i}.via`, source.via, sources, 'source');
  });
  record.entities.forEach((entity, i) => {
    (entity.members ?? []).forEach((member, j) => {
      if (member === entity.id)
        problems.push({ path: `entities.${i}.members.${j}`, message: 'a group cannot be its own member' });
      else refer(`entities.${i}.members.${j}`, member, entities, 'entity');
    });
    (entity.sameAs ?? []).forEach((link, j) => {
      if (link.article === record.id) {
        problems.push({
          path: `entities.${i}.sameAs.${j}.article`,
          message: 'sameAs must name another article',
        });
      }
    });
    (entity.heldBy ?? []).forEach((holder, j) => {
      refer(`entities.${i}.heldBy.${j}.entity`, holder.entity, entities, 'entity');
    });
  });
  record.events.forEach((event, i) => {
    const base = `events.${i}`;
    (event.quotes ?? []).forEach((quote, j) => {
      refer(`${base}.quotes.${j}.speaker`, quote.speaker, entities, 'entity');
      if (quote.source) refer(`${base}.quotes.${j}.source`, quote.source, sources, 'source');
      problems.push(...spanProblems(record, quote.span, `${base}.quotes.${j}.span`));
    });
    (event.sources ?? []).forEach((source, j) => {
      refer(`${base}.sources.${j}`, source, sources, 'source');
    });
    const { time } = event;
    if (time?.text && !event.evidence.some((span) => span.quote.includes(time.text as string))) {
      problems.push({
        path: `${base}.time.text`,
        message: `"${time.text}" does not appear in the event's evidence`,
      });
    }
    if (time?.start && time.end && time.end < time.start) {
      problems.push({
        path: `${base}.time.end`,
        message: `ends at ${time.end}, before it starts at ${time.start}`,
      });
    }
  });
  return problems;
}
