import type { Resolve } from './date-math.ts';

const HYPHENED = new Set(['mid', 'early', 'late']);

/** A parsed date expression: the index just after its last word, and how to resolve it. */
export interface DateParse {
  end: number;
  resolve: Resolve;
}

/** A phrase of a table found at a word: its value and the index just after it. */
export interface PhraseHit<T> {
  value: T;
  end: number;
}

/**
 * Reads the words of a text from one starting word on, the way a date expression runs: each next word
 * must follow the one before with nothing but white space between (or one of the `allow` marks), so a
 * comma or a full stop ends an expression. `first` is the starting word as read (without its clitic).
 */
export class DateReader {
  constructor(
    private readonly words: readonly string[],
    private readonly gaps: readonly string[],
    readonly start: number,
    private readonly first: string,
  ) {}

  /** The word at `k` when it runs on from the word before it (`allow` lists marks that may sit between). */
  at(k: number, allow = ''): string | undefined {
    if (k === this.start) return this.first;
    if (k < this.start || k >= this.words.length) return undefined;
    const gap = this.gaps[k] as string;
    if (gap === '' || (gap.length === 1 && allow.includes(gap))) return this.words[k];
    if (gap === ')' && this.closesAside(k)) return this.words[k];
    // "mid-October", "early-2016": English joins these to what they qualify.
    return gap === '-' && HYPHENED.has(this.words[k - 1] as string) ? this.words[k] : undefined;
  }

  // «14 مارس (آذار) الماضي», «21 نوفمبر (تشرين الثاني) الحالي»: the bracket that closes an aside of one
  // or two words, opened inside the expression, reads as white space.
  private closesAside(k: number): boolean {
    for (let j = k - 1; j > this.start && j >= k - 2; j--) if (this.gaps[j] === '(') return true;
    return false;
  }

  /** The mark between word `k` and the word before it ('' for white space). */
  gap(k: number): string {
    return this.gaps[k] ?? '';
  }

  /** The longest phrase of `table` (up to `maxWords` words) that starts at word `k` (after `allow`). */
  phrase<T>(table: ReadonlyMap<string, T>, k: number, maxWords = 4, allow = ''): PhraseHit<T> | undefined {
    let key = '';
    let best: PhraseHit<T> | undefined;
    for (let n = 0; n < maxWords; n++) {
      const word = this.at(k + n, n === 0 ? allow : '');
      if (word === undefined) break;
      key = n === 0 ? word : `${key} ${word}`;
      const value = table.get(key);
      if (value !== undefined) best = { value, end: k + n + 1 };
    }
    return best;
  }

  /** Whether word `k` runs on and is one of `words`. */
  is(k: number, ...words: string[]): boolean {
    const word = this.at(k);
    return word !== undefined && words.includes(word);
  }
}
