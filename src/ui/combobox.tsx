import { type KeyboardEvent, type ReactNode, useId, useMemo, useState } from 'react';

/** Props of Combobox. */
export interface ComboboxProps<T> {
  label: string;
  placeholder: string;
  /** Said in the list when the query matches nothing. */
  none: string;
  /** The options for a query (a stable function: the matches are worked out again when it changes). */
  find: (query: string) => readonly T[];
  idOf: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onChoose: (option: T) => void;
}

/**
 * A text field with a list of matches, as the ARIA combobox pattern has it: focus stays in the field,
 * arrow keys move through the options (aria-activedescendant), Enter chooses one, Escape closes the
 * list; a mouse chooses on mouse down, since the field's blur would close the list before a click.
 * The label, the field and the list; the caller's `.field` holds them with whatever follows.
 */
export function Combobox<T>({
  label,
  placeholder,
  none,
  find,
  idOf,
  renderOption,
  onChoose,
}: ComboboxProps<T>) {
  const ids = { input: useId(), list: useId(), option: useId() };
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => find(query), [find, query]);
  const expanded = open && query.trim() !== '';

  const choose = (option: T) => {
    onChoose(option);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter' && expanded && matches[active] !== undefined) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <>
      <label htmlFor={ids.input}>{label}</label>
      <div className="combobox">
        <input
          id={ids.input}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-activedescendant={
            expanded && matches[active] !== undefined ? `${ids.option}-${active}` : undefined
          }
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <div id={ids.list} role="listbox" aria-label={label} className="suggestions" hidden={!expanded}>
          {expanded && matches.length === 0 ? <div className="muted">{none}</div> : null}
          {expanded
            ? matches.map((option, i) => (
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox by design
                <div
                  key={idOf(option)}
                  id={`${ids.option}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(option);
                  }}
                >
                  {renderOption(option)}
                </div>
              ))
            : null}
        </div>
      </div>
    </>
  );
}
