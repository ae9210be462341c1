import { HELP_PAGE_MESSAGES } from '../i18n/help-page-strings.ts';
import { useLocale } from '../i18n/locale.tsx';

/** Where the events come from, and the three ways to add articles: the editor, files, the command line. */
export function HelpData() {
  const { t, lang } = useLocale();
  const m = HELP_PAGE_MESSAGES[lang];
  return (
    <>
      <section>
        <h3>{m.dataHeading}</h3>
        {m.dataText.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </section>
      <section>
        <h3>{m.addHeading}</h3>
        <ul>
          <li>{m.addEditor(t.newArticle)}</li>
          <li>{m.addFiles(t.corpus.open)}</li>
          <li>
            {m.addCommand}
            <pre dir="ltr" lang="en">
              <code>
                {'rasd draft article.txt --published 2015-10-27 > record.json\nrasd validate record.json'}
              </code>
            </pre>
          </li>
        </ul>
      </section>
    </>
  );
}
