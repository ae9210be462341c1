import { fetchBytes } from '../data/fetch-bytes.ts';
import { loadValidator } from '../data/load-validator.ts';
import { readRecordBytes } from '../data/read-record.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';

/**
 * The whole records of the articles that report the events, in corpus order. The bundled corpus keeps
 * its articles without their text (and its events without quotes): those are read again from their
 * record files, as the reader reads them; records opened in this browser are kept whole already.
 * Throws with the file's name when one cannot be read.
 */
export async function fullRecords(corpus: Corpus, events: readonly CorpusEvent[]): Promise<ArticleRecord[]> {
  const wanted = new Set(events.flatMap((e) => e.articles));
  const articles = corpus.articles.filter((a) => wanted.has(a.id));
  return Promise.all(
    articles.map(async (article) => {
      if (article.paragraphs !== null) return article as ArticleRecord;
      const fetched = await fetchBytes(article.text.file);
      if (!('bytes' in fetched)) throw new Error(`${article.text.file}: ${fetched.kind}`);
      const read = readRecordBytes(
        article.text.file,
        fetched.bytes,
        await loadValidator(),
        Number.POSITIVE_INFINITY,
      );
      if (!read.ok) throw new Error(`${article.text.file}: ${read.failure.kind}`);
      return read.record;
    }),
  );
}
