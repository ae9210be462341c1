const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00A0'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['zwnj', '\u200C'],
  ['zwj', '\u200D'],
  ['lrm', '\u200E'],
  ['rlm', '\u200F'],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED.get(name.toLowerCase()) ?? whole;
  });
}

/** The text of a fragment of markup: tags removed, entities decoded, white space collapsed. */
function textOf(markup: string): string {
  return decodeEntities(markup.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The article in a saved web page, as the drafter reads text: the headline (the first <h1>, else the
 * <title>) on the first line, then each <p> as a paragraph. Scripts, styles and comments are dropped
 * first, and the result is plain text: no markup in the page can reach the record or the screen.
 */
export function articleTextFromHtml(html: string): string {
  const clean = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '');
  const heading =
    /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(clean) ?? /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(clean);
  const paragraphs = [...clean.matchAll(/<p\b[^>]*>([\s\S]*?)(?=<\/p\s*>|<p\b|$)/gi)]
    .map((match) => textOf(match[1] ?? ''))
    .filter((p) => p !== '');
  // A fragment without <p> (pasted from an editor) is read as text with its line breaks.
  if (paragraphs.length === 0) {
    return clean
      .split(/<\/(?:div|li|h\d)\s*>|<br\s*\/?>|\r?\n/i)
      .map(textOf)
      .filter((line) => line !== '')
      .join('\n');
  }
  const headline = heading ? textOf(heading[1] ?? '') : '';
  return [headline, ...paragraphs].filter((line) => line !== '').join('\n\n');
}
