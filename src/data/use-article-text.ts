import { useQuery } from '@tanstack/react-query';
import type { CorpusArticle, TextLocation } from '../model/corpus.ts';
import type { LoadFailure } from './load-error.ts';
import { loadValidator } from './load-validator.ts';
import { readRecordBytes } from './read-record.ts';
import { readVerifiedRecord } from './verify-record.ts';

/** An article's paragraphs, once known; or why they could not be read. */
export type ArticleText =
  | { status: 'ready'; paragraphs: string[] }
  | { status: 'loading' }
  | { status: 'error'; failure: LoadFailure };

async function fetchText(id: string, { file, sha256 }: TextLocation, signal: AbortSignal): Promise<string[]> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await fetch(new URL(file, document.baseURI), { signal });
    if (!response.ok) throw new TextError({ kind: 'network', file, detail: `HTTP ${response.status}` });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof TextError) throw error;
    throw new TextError({ kind: 'network', file, detail: (error as Error).message });
  }
  const read =
    (await readVerifiedRecord(bytes, sha256)) ??
    readRecordBytes(file, bytes, await loadValidator(), Number.POSITIVE_INFINITY);
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
 * corpus was built from (checked the same way as at load), once per article per visit.
 */
export function useArticleText(article: CorpusArticle): ArticleText {
  const text = article.text;
  const query = useQuery({
    queryKey: ['article-text', article.id, text?.file],
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
