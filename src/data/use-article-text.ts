import { useQuery } from '@tanstack/react-query';
import type { CorpusArticle, TextLocation } from '../model/corpus.ts';
import { fetchBytes } from './fetch-bytes.ts';
import type { LoadFailure } from './load-error.ts';
import { loadRecordReader } from './load-validator.ts';
import { readCheckedBytes, sha256Hex } from './verify-record.ts';

/** An article's paragraphs, once known; or why they could not be read. */
export type ArticleText =
  | { status: 'ready'; paragraphs: string[] }
  | { status: 'loading' }
  | { status: 'error'; failure: LoadFailure };

async function fetchText(id: string, { file, sha256 }: TextLocation, signal: AbortSignal): Promise<string[]> {
  const fetched = await fetchBytes(file, signal);
  if (!('bytes' in fetched)) throw new TextError(fetched);
  const { bytes } = fetched;
  // The hash is that of the bytes the corpus was read from: other bytes are another version, whose
  // paragraphs would not match the evidence offsets on screen.
  const hash = sha256 ? await sha256Hex(bytes) : null;
  if (sha256 && hash && hash !== sha256) throw new TextError({ kind: 'changed', file });
  const read =
    (hash ? readCheckedBytes(bytes) : null) ??
    (await loadRecordReader())(file, bytes, Number.POSITIVE_INFINITY);
  if (!read.ok) throw new TextError(read.failure);
  if (read.record.id !== id) {
    throw new TextError({ kind: 'json', file, detail: `holds article "${read.record.id}", not "${id}"` });
  }
  return read.record.paragraphs;
}

/** A failure to read an article's text, carried through the query. */
export class TextError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.kind);
  }
}

/**
 * The paragraphs of an article: at once when the corpus kept them, else fetched from the record the
 * corpus was built from — the very same bytes (same SHA-256), else validated in full where the browser
 * cannot hash — once per article per visit. A file that changed since is reported, not shown.
 */
export function useArticleText(article: CorpusArticle): ArticleText {
  const text = article.text;
  const query = useQuery({
    queryKey: ['article-text', article.id, text?.file, text?.sha256],
    queryFn: ({ signal }) => fetchText(article.id, text as TextLocation, signal),
    enabled: article.paragraphs === null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (article.paragraphs !== null) return { status: 'ready', paragraphs: article.paragraphs };
  if (query.data) return { status: 'ready', paragraphs: query.data };
  if (query.error) {
    const failure =
      query.error instanceof TextError
        ? query.error.failure
        : { kind: 'network' as const, file: text?.file ?? article.id, detail: String(query.error) };
    return { status: 'error', failure };
  }
  return { status: 'loading' };
}
