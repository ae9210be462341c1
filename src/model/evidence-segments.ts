import type { EvidenceRecord } from './article-schema.ts';

/** A run of paragraph text and the events whose evidence covers all of it (empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  eventIds: string[];
}

/**
 * Cuts a paragraph at every evidence boundary so overlapping spans from different events can be
 * highlighted together. Event ids keep the order of `events` (time order in the app).
 */
export function evidenceSegments(
  paragraph: string,
  paragraphIndex: number,
  events: readonly {
    id: string;
    evidence: readonly (Omit<EvidenceRecord, 'quote'> & { article?: string })[];
  }[],
  /** Only spans into this article count (spans that name no article always do). Default: all. */
  article?: string,
): Segment[] {
  const spans = events.flatMap((event) =>
    event.evidence
      .filter((span) => article === undefined || span.article === undefined || span.article === article)
      .filter(
        (span) => span.paragraph === paragraphIndex && span.end <= paragraph.length && span.start < span.end,
      )
      .map((span) => ({ id: event.id, start: span.start, end: span.end })),
  );
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
