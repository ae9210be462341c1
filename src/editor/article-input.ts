import { articleTextFromHtml } from '../model/draft/article-text-from-html.ts';

/**
 * The longest text the editor drafts and shows in its text box: 256 KiB of UTF-8. A long news
 * article is 10–30 KiB; the record it makes (text, quotes, events) stays far below the 5 MiB a record
 * may weigh (MAX_RECORD_BYTES); and a text box holding megabytes of Arabic takes the browser tens of
 * seconds to lay out.
 */
export const MAX_TEXT_BYTES = 256 * 1024;

/** The UTF-8 size of `text`, counted without encoding it (a 5 MB paste is measured on every change). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest start of `text` within `limit` UTF-8 bytes that ends at a line break (or, for a text
 * with no break that early, at the last whole character), so what is kept is whole paragraphs.
 */
export function cutToBytes(text: string, limit: number): string {
  let bytes = 0;
  let end = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > limit) break;
    bytes += size;
    end += pair ? 2 : 1;
  }
  if (end === text.length) return text;
  const lineEnd = text.lastIndexOf('\n', end);
  return text.slice(0, lineEnd > 0 ? lineEnd : end);
}

/** What opening a file gave: its article text, or why not. */
export type ReadFile = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'not-utf8' | 'kind' };

/**
 * Reads a .txt file as it is, or an .html page's paragraphs as plain text (markup and scripts never
 * run: the page is parsed as text, not loaded). Files over four times the text limit are not read;
 * the limit itself is checked on the text, as for a paste.
 */
export async function readArticleFile(file: File): Promise<ReadFile> {
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
  if (!html && !/\.txt$/i.test(file.name) && file.type !== 'text/plain')
    return { ok: false, problem: 'kind' };
  if (file.size > 4 * MAX_TEXT_BYTES) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
  text = text.replace(/^\uFEFF/, '');
  return { ok: true, text: html ? articleTextFromHtml(text) : text };
}
