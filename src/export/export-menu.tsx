import { retryableImport } from '../data/retryable-import.ts';
import './export-menu.css';
import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { countryName } from '../graph/country-colours.ts';
import { EXPORT_STRINGS, type ExportFormat } from '../i18n/export-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import type { UrlState } from '../model/url-state.ts';
import { downloadFile } from './download-file.ts';

// Fetched at the first choice; if that fails, choosing again fetches it again.
const exportCode = retryableImport(() => import('./run-export.ts'));

const GROUPS: { key: 'events' | 'graph' | 'pictures'; formats: ExportFormat[] }[] = [
  { key: 'events', formats: ['csv', 'json', 'records', 'ics'] },
  { key: 'graph', formats: ['graphml', 'gexf'] },
  { key: 'pictures', formats: ['timeline-svg', 'timeline-png', 'graph-svg', 'graph-png'] },
];

const menuItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
];

/** Props of ExportMenu. */
export interface ExportMenuProps {
  id: string;
  labelledBy: string;
  /** Which item takes the focus when the menu opens. */
  focus: 'first' | 'last';
  corpus: Corpus;
  events: CorpusEvent[];
  state: UrlState;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Close the menu; `focusButton` when the focus should go back to its button (Escape, a choice). */
  onClose: (focusButton: boolean) => void;
  /** Announce progress and the outcome (the button's live region). */
  onStatus: (text: string) => void;
}

/** The export menu: one item per file, grouped; arrows, Home and End move, Escape closes. */
export function ExportMenu(props: ExportMenuProps) {
  const { corpus, events, state, onClose, onStatus } = props;
  const { lang, t, entityName } = useLocale();
  const words = EXPORT_STRINGS[lang];
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const all = menuItems(menuRef.current);
    (props.focus === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [props.focus]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !props.buttonRef.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose, props.buttonRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = menuItems(menuRef.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      // Only the menu closes: the page's own Escape (which clears the selected event) does not run too.
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') onClose(false);
  };

  const choose = async (format: ExportFormat) => {
    onClose(true);
    onStatus(words.working);
    try {
      const { runExport } = await exportCode();
      const file = await runExport(format, {
        corpus,
        events,
        state,
        lang,
        dir: t.dir,
        strings: words,
        names: {
          type: (v) => t.types[v as keyof typeof t.types] ?? v,
          status: (v) => t.statuses[v as keyof typeof t.statuses] ?? v,
          certainty: (v) => t.certainties[v as keyof typeof t.certainties] ?? v,
          country: (code) => countryName(code, lang),
        },
        laneLabel: (lane) =>
          lane.kind === 'type'
            ? (t.types[lane.key as keyof typeof t.types] ?? lane.key)
            : lane.kind === 'others'
              ? t.timeline.others
              : lane.kind === 'unnamed'
                ? t.timeline.unnamed
                : entityName(corpus.entities.get(lane.key), lane.key),
        markLabel: (event) =>
          event.participants
            .slice(0, 3)
            .map((p) => {
              const entity = corpus.entities.get(p.entity);
              return entity?.short?.[lang] ?? entityName(entity, p.entity);
            })
            .join(' – ') || event.title[lang],
        now: new Date(),
      });
      downloadFile(file.blob, file.name);
      onStatus([words.saved(file.name, file.count), file.note].filter(Boolean).join(' '));
    } catch (error) {
      onStatus(words.failed((error as Error)?.message ?? String(error)));
    }
  };

  return (
    <div
      ref={menuRef}
      id={props.id}
      role="menu"
      aria-labelledby={props.labelledBy}
      className="export-menu"
      onKeyDown={onKeyDown}
    >
      {GROUPS.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a menu's groups are role="group" (a fieldset is a form's)
        <div key={group.key} role="group" aria-label={words.groups[group.key]} className="export-group">
          <span className="export-group-name" aria-hidden="true">
            {words.groups[group.key]}
          </span>
          {group.formats.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-format={format}
              onClick={() => void choose(format)}
            >
              {words.formats[format]}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
