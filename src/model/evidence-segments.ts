import type { EvidenceRecord } from './article-schema.ts';

/** A run of paragraph text and the events whose evidence covers all of it (empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  eventIds: string[];
}

/** One event's span within a paragraph. */
export interface ParagraphSpan {
  id: string;
  start: number;
  end: number;
}

type WithEvidence = {
  id: string;
  evidence: readonly (Omit<EvidenceRecord, 'quote'> & { article?: string })[];
};

/**
 * The events' evidence spans by paragraph, in the order of `events`: only spans into `article` count
 * (spans that name no article always do; default: all). Made once per set of events, not once per
 * paragraph (an article of 250 events and 124 paragraphs read every span 124 times per render).
 */
export function spansByParagraph(
  events: readonly WithEvidence[],
  article?: string,
): Map<number, ParagraphSpan[]> {
  const byParagraph = new Map<number, ParagraphSpan[]>();
  for (const event of events) {
    for (const span of event.evidence) {
      if (article !== undefined && span.article !== undefined && span.article !== article) continue;
      const list = byParagraph.get(span.paragraph);
      const entry = { id: event.id, start: span.start, end: span.end };
      if (list) list.push(entry);
      else byParagraph.set(span.paragraph, [entry]);
    }
  }
  return byParagraph;
}

/**
 * Cuts a paragraph at every evidence boundary so overlapping spans from different events can be
 * highlighted together. Event ids keep the order of `events` (time order in the app).
 */
export function evidenceSegments(
  paragraph: string,
  paragraphIndex: number,
  events: readonly WithEvidence[],
  /** Only spans into this article count (spans that name no article always do). Default: all. */
  article?: string,
): Segment[] {
  return segmentsOf(paragraph, spansByParagraph(events, article).get(paragraphIndex) ?? []);
}

/** Cuts a paragraph at every boundary of its spans (see evidenceSegments). */
export function segmentsOf(paragraph: string, paragraphSpans: readonly ParagraphSpan[]): Segment[] {
  const spans = paragraphSpans.filter((span) => span.end <= paragraph.length && span.start < span.end);
  const cuts = [...new Set([0, paragraph.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const eventIds = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id))];
    const last = segments.at(-1);
    if (last && last.eventIds.join() === eventIds.join()) {
      last.end = end;
      last.text = paragraph.slice(last.start, end);
    } else segments.push({ start, end, text: paragraph.slice(start, end), eventIds });
  }
  return segments;
}
