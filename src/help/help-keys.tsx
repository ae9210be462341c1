import { Fragment } from 'react';
import { HELP_PAGE_MESSAGES } from '../i18n/help-page-strings.ts';
import { useLocale } from '../i18n/locale.tsx';

/** The keyboard shortcuts the explorer has, group by group, as a table per place. */
export function HelpKeys() {
  const { lang } = useLocale();
  const m = HELP_PAGE_MESSAGES[lang];
  return (
    <section>
      <h3>{m.keysHeading}</h3>
      {m.shortcutGroups.map((group) => (
        <table key={group.where} className="help-keys">
          <caption>{group.where}</caption>
          <thead>
            <tr>
              <th scope="col">{m.keysColumn}</th>
              <th scope="col">{m.actionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((shortcut) => (
              <tr key={shortcut.what}>
                <td>
                  {shortcut.keys.map((key, i) => (
                    <Fragment key={key}>
                      {i > 0 ? ` ${m.keyOr} ` : null}
                      <kbd>{m.keyNames[key]}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
