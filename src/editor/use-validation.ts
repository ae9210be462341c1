import { useEffect, useState } from 'react';
import { loadValidator } from '../data/load-validator.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import { type ReadProblem, readProblem } from '../model/read-problem.ts';
import type { Problem } from '../model/validate-article.ts';
import { finishRecord } from './finish-record.ts';
import { type ProblemTarget, targetOf } from './problem-targets.ts';

/** A validator problem placed in the editor: by event id (not index), read for translation, raw kept. */
export interface PlacedProblem {
  target: ProblemTarget;
  /** The event's id when the target is an event. */
  event: string | null;
  read: ReadProblem;
  raw: Problem;
}

/** What checking says about the record as it would be saved; `checking` while it is out of date. */
export interface Checked {
  problems: PlacedProblem[];
  checking: boolean;
  /** The checker's code could not be fetched: nothing is checked until `retry` fetches it. */
  failed?: boolean;
  /** Fetches the checker again and checks (default: does nothing). */
  retry?: () => void;
}

/** Checking waits for a pause in the edits this long (ms). */
const DEBOUNCE_MS = 300;

/**
 * Validates the record as it would be downloaded (rejected events left out: their problems do not
 * matter) with `rasd validate`'s rules, a moment after each change, and places each problem.
 */
export function useValidation(record: ArticleRecord | null): Checked {
  const [state, setState] = useState<Checked>({ problems: [], checking: true });
  // Each press of "Try again" checks again (and so fetches the checker again).
  const [tries, setTries] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tries is the reader asking to check again.
  useEffect(() => {
    if (!record) return;
    let live = true;
    setState((s) => ({ ...s, checking: true, failed: false }));
    const timer = setTimeout(async () => {
      let validate: Awaited<ReturnType<typeof loadValidator>>;
      try {
        validate = await loadValidator();
      } catch {
        if (live)
          setState({ problems: [], checking: false, failed: true, retry: () => setTries((n) => n + 1) });
        return;
      }
      const finished = finishRecord(record);
      const result = validate(finished);
      if (!live) return;
      const problems = result.ok
        ? []
        : result.problems.map((raw) => {
            const target = targetOf(raw.path);
            const event = target.at === 'event' ? (finished.events[target.event]?.id ?? null) : null;
            return { target, event, read: readProblem(raw), raw };
          });
      setState({ problems, checking: false });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [record, tries]);
  return state;
}
