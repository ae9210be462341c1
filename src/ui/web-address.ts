/**
 * The address to link to when `text` is an absolute `https:` or `http:` URL, else null: a record's
 * text is never trusted as a link target, so `javascript:`, `data:`, relative and malformed
 * addresses stay plain text. Leading spaces and tabs inside the scheme, which the URL parser would
 * forgive, are refused too.
 */
export function linkableUrl(text: string | null | undefined): string | null {
  if (!text || !/^https?:\/\/[^\s/]/i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
