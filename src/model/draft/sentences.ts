/** A sentence of a paragraph: its text and [start, end) in the paragraph. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at . ! ? ؟ (or «..») followed by space or the end, after any closing quotes; so
// "3.5" is not an end.
const END = /[.!?؟]+["”»’)]*(?=\s|$)/g;

/** The sentences of a paragraph, trimmed, with their offsets; a paragraph without an end mark is one. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = paragraph.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') sentences.push({ text, start: from + lead, end: from + lead + text.length });
  };
  for (const m of paragraph.matchAll(END)) {
    const to = m.index + m[0].length;
    push(to);
    from = to;
  }
  push(paragraph.length);
  return sentences;
}
