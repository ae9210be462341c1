import './view-switcher.css';
import { useLocale } from '../i18n/locale.tsx';
import { VIEW_SWITCHER_STRINGS } from '../i18n/view-switcher-strings.ts';
import { VIEWS, type View } from '../model/url-state.ts';

/** Props of ViewSwitcher. */
export interface ViewSwitcherProps {
  /** The views on screen (the URL's `view`). */
  views: readonly View[];
  onChange: (views: View[]) => void;
}

/**
 * Toggle buttons for the timeline, the graph, the article text and the event list, so the `view` a
 * link can set is also a control on screen. The last view on cannot be switched off.
 */
export function ViewSwitcher({ views, onChange }: ViewSwitcherProps) {
  const { lang } = useLocale();
  const s = VIEW_SWITCHER_STRINGS[lang];
  return (
    <fieldset className="segmented view-switcher">
      <legend>{s.legend}</legend>
      {VIEWS.map((view) => {
        const on = views.includes(view);
        const last = on && views.length === 1;
        return (
          <button
            key={view}
            type="button"
            aria-pressed={on}
            aria-disabled={last}
            title={last ? s.lastOne : undefined}
            onClick={() => {
              if (last) return;
              onChange(
                on ? views.filter((v) => v !== view) : VIEWS.filter((v) => v === view || views.includes(v)),
              );
            }}
          >
            {s.views[view]}
          </button>
        );
      })}
    </fieldset>
  );
}
