import type { Lang } from '../model/format-date.ts';
import type { ProblemCode, ReadProblem } from '../model/read-problem.ts';
import { PROBLEMS_AR } from './problem-words-ar.ts';
import { PROBLEMS_EN } from './problem-words-en.ts';

/** Each problem code (see src/model/read-problem.ts) in words, from what was read of the problem. */
export type ProblemWords = Record<ProblemCode, (read: ReadProblem) => string>;

/** A record's problems in one language: where each is, and what it is. */
export interface ProblemMessages {
  /** Before a problem's words: the field it concerns, given as its path ("events.0.title.ar"). */
  field: (path: string) => string;
  /** Before the words of a problem with the record as a whole (no field). */
  record: string;
  codes: ProblemWords;
}

/** The problem messages of both interface languages, for the editor and the explorer alike. */
export const PROBLEM_MESSAGES: Record<Lang, ProblemMessages> = { ar: PROBLEMS_AR, en: PROBLEMS_EN };
