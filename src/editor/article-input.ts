import { articleTextFromHtml } from '../model/draft/article-text-from-html.ts';

/**
 * The longest text the editor drafts: 1 MiB of UTF-8, a fifth of the 5 MiB a record may weigh
 * (MAX_RECORD_BYTES), which leaves room for the evidence quotes and the events. A long news article
 * is 10–30 KiB.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

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
