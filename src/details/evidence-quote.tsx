import { useArticleText } from '../data/use-article-text.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusArticle, CorpusEvidence } from '../model/corpus.ts';
import { hasLongWord, LongWords } from '../ui/long-words.tsx';

// A quote of a run hundreds of characters long without a space is cut as the reader cuts it.
const quoteText = (quote: string) => (hasLongWord(quote) ? <LongWords text={quote} /> : quote);

/** Props of EvidenceQuote. */
export interface EvidenceQuoteProps {
  span: CorpusEvidence;
  /** The article the span points into, when loaded. */
  article: CorpusArticle | undefined;
}

/**
 * The words of an evidence span, as text: its quote when the corpus has it, else (the bundled
 * shards leave quotes out) the article's own text from the span's start to its end, fetched once per
 * article and shared with the reader.
 */
export function EvidenceQuote({ span, article }: EvidenceQuoteProps) {
  if (span.quote !== undefined || !article) return <p>{quoteText(span.quote ?? '')}</p>;
  return <QuoteFromText span={span} article={article} />;
}

function QuoteFromText({ span, article }: { span: CorpusEvidence; article: CorpusArticle }) {
  const { t, lang } = useLocale();
  const text = useArticleText(article);
  if (text.status === 'ready') {
    return <p>{quoteText(text.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '')}</p>;
  }
  return (
    <p className="muted" lang={lang} dir={t.dir}>
      {text.status === 'loading' ? t.textLoading : t.textFailed}
    </p>
  );
}
