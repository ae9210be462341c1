import type { FoldedText } from '../fold-text.ts';

/** A word of folded text: its letters and its [start, end) in the folded string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of a folded text, in order; anything but letters and digits separates them. */
export function tokenise(text: FoldedText): Token[] {
  return [...text.folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The forms a word may take without its clitics, with how many letters each dropped from the front:
 * «ولافروف» → لافروف, «وبالرياض» → الرياض, «للأمم» → الامم. Arabic writes و/ف (and), ب/ل/ك (in, to,
 * like) joined to the next word, so a name is found whatever precedes it.
 */
export function cliticForms(word: string): { form: string; dropped: number }[] {
  const forms = [{ form: word, dropped: 0 }];
  const seen = new Set([word]);
  const push = (form: string, dropped: number) => {
    if (form.length >= 2 && !seen.has(form)) {
      seen.add(form);
      forms.push({ form, dropped });
    }
  };
  const conj = /^[وف]/.test(word) && word.length > 3 ? [{ form: word.slice(1), dropped: 1 }] : [];
  for (const base of [{ form: word, dropped: 0 }, ...conj]) {
    push(base.form, base.dropped);
    if (/^لل/.test(base.form) && base.form.length > 4) push(`ا${base.form.slice(1)}`, base.dropped + 1);
    else if (/^[بلك]/.test(base.form) && base.form.length > 3) push(base.form.slice(1), base.dropped + 1);
  }
  return forms;
}

/** A phrase found at a word: what it maps to, how many words it covers and letters dropped before it. */
export interface PhraseMatch<T> {
  value: T;
  words: number;
  dropped: number;
}

/** The longest phrase of `table` that starts at word `i` (its first word may carry clitics). */
export function matchAt<T>(
  tokens: Token[],
  i: number,
  table: Map<string, T>,
  maxWords: number,
): PhraseMatch<T> | null {
  const first = tokens[i];
  if (!first) return null;
  const forms = cliticForms(first.text);
  for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
    const tail = tokens
      .slice(i + 1, i + n)
      .map((t) => t.text)
      .join(' ');
    for (const { form, dropped } of forms) {
      const value = table.get(n === 1 ? form : `${form} ${tail}`);
      if (value !== undefined) return { value, words: n, dropped };
    }
  }
  return null;
}
