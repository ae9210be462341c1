import { useLocale } from '../i18n/locale.tsx';

/**
 * Quoted text from an article, in the interface language's quotation marks. The quote itself is
 * isolated (bdi) with its own language, so Arabic inside English (or the reverse) keeps its order.
 */
export function Quoted({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  const { t } = useLocale();
  return (
    <span className={className}>
      {t.quoteOpen}
      <bdi lang={lang}>{text}</bdi>
      {t.quoteClose}
    </span>
  );
}
