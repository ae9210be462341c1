/**
 * `tsx scripts/fill-evidence-offsets.ts FILE.json... [--write]`: for a record written by hand, works out
 * each evidence span's paragraph, start and end from its quote, so no one counts UTF-16 offsets. A span
 * whose offsets already fit its quote is kept; otherwise the quote is looked for in its paragraph, then in
 * the whole article, and must occur exactly once. Without --write it only reports what it would change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Span {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

interface Draftable {
  paragraphs: string[];
  events: { id: string; evidence: Span[] }[];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Where the quote sits, or why it cannot be placed. */
function place(paragraphs: string[], span: Span): Span | string {
  const own = paragraphs[span.paragraph];
  if (own?.slice(span.start, span.end) === span.quote) return span;
  const inOwn = own === undefined ? [] : occurrences(own, span.quote);
  if (inOwn.length === 1) {
    const start = inOwn[0] as number;
    return { ...span, start, end: start + span.quote.length };
  }
  if (inOwn.length > 1) return `occurs ${inOwn.length} times in paragraph ${span.paragraph}`;
  const everywhere = paragraphs.flatMap((text, paragraph) =>
    occurrences(text, span.quote).map((start) => ({ paragraph, start })),
  );
  if (everywhere.length !== 1)
    return everywhere.length === 0 ? 'not in the article' : `occurs ${everywhere.length} times`;
  const { paragraph, start } = everywhere[0] as { paragraph: number; start: number };
  return { ...span, paragraph, start, end: start + span.quote.length };
}

/** Fills every span's offsets from its quote; returns the problems and how many spans moved. */
export function fillEvidenceOffsets(record: Draftable): { problems: string[]; moved: number } {
  const problems: string[] = [];
  let moved = 0;
  for (const event of record.events) {
    event.evidence = event.evidence.map((span, i) => {
      const placed = place(record.paragraphs, span);
      if (typeof placed === 'string') {
        problems.push(`${event.id} evidence ${i}: «${span.quote}» ${placed}`);
        return span;
      }
      if (placed !== span) moved += 1;
      return placed;
    });
  }
  return { problems, moved };
}

function main(args: string[]): void {
  const write = args.includes('--write');
  let failed = false;
  for (const file of args.filter((a) => a !== '--write')) {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Draftable;
    const { problems, moved } = fillEvidenceOffsets(record);
    for (const problem of problems) console.error(`${file}: ${problem}`);
    failed ||= problems.length > 0;
    console.log(`${file}: ${moved} span(s) ${write ? 'moved' : 'would move'}`);
    if (write && moved > 0) writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
