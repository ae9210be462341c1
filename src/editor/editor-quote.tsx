import { useEditorLocale } from './editor-locale.tsx';

/**
 * Article text quoted in the interface language's marks; the quote is isolated (bdi) in its own
 * language and direction, so Arabic inside English (or the reverse) keeps its order.
 */
export function EditorQuote({
  text,
  language,
  className,
}: {
  text: string;
  language: string;
  className?: string;
}) {
  const { m } = useEditorLocale();
  return (
    <span className={className}>
      {m.quoteOpen}
      <bdi lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
        {text}
      </bdi>
      {m.quoteClose}
    </span>
  );
}
