/**
 * How many characters of a name a line of a list or table shows (the event list's participants, the
 * connections table's pairs): names at the schema's length limit made a hundred rows a layout of
 * some 150 ms; the whole name stays in the row's title or the event's details.
 */
export const NAME_CHARACTERS = 40;

/** The text cut to `max` characters (code points) with an ellipsis when longer; as it is otherwise. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text.slice(0, 2 * max + 2)];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/** The first `max` items and how many were left out: a list of 50 names in one line helps nobody. */
export function clipList<T>(items: readonly T[], max: number): { shown: readonly T[]; left: number } {
  return items.length <= max
    ? { shown: items, left: 0 }
    : { shown: items.slice(0, max), left: items.length - max };
}
