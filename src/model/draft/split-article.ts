/** An article's text cut into its parts, the way records keep them. */
export interface SplitArticle {
  headline: string;
  paragraphs: string[];
  /** Lines after a "see also" marker: other articles the page links to, not part of this report. */
  related: string[];
}

// "See also" blocks end many agency pages; what follows them is another story.
const SEE_ALSO =
  /^(?:انظر|اقرأ|إقرأ|اقرا)\s+(?:أيضا|ايضا|أيضاً|ايضاً|أيضًا)\s*:?$|^(?:see also|read more|related)\s*:?$/i;

/**
 * Splits a pasted article: the first non-empty line is the headline, every further non-empty line a
 * paragraph (pages copied from the web often have no blank line between paragraphs, so a single line
 * break is a paragraph break too). Lines are trimmed; nothing inside a line is changed.
 */
export function splitArticle(text: string): SplitArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [headline = '', ...rest] = lines;
  const marker = rest.findIndex((line) => SEE_ALSO.test(line));
  if (marker < 0) return { headline, paragraphs: rest, related: [] };
  return { headline, paragraphs: rest.slice(0, marker), related: rest.slice(marker + 1) };
}
