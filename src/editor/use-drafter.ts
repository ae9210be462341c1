import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftMeta, DraftOutcome } from '../model/draft/draft-article.ts';
import type { DraftRequest, DraftResponse } from './draft-protocol.ts';
import type { Candidate } from './gazetteer-entity.ts';

/**
 * Where drafting stands: the worker is busy while `running`. A failure's message is the drafter's own;
 * empty when its code could not be loaded.
 */
export type DrafterStatus =
  | { state: 'idle' }
  | { state: 'running'; since: number }
  | { state: 'failed'; message: string };

/** The drafting worker: draft a text, search the gazetteer. One worker per editor, made on first use. */
export interface Drafter {
  status: DrafterStatus;
  draft: (text: string, meta: DraftMeta) => Promise<(DraftOutcome & { ms: number }) | null>;
  search: (query: string, date: string, limit?: number) => Promise<Candidate[]>;
}

type Pending = (response: DraftResponse) => void;

/** A request before it is given its id. */
type Ask = DraftRequest extends infer R ? (R extends DraftRequest ? Omit<R, 'id'> : never) : never;

/** Starts the worker lazily and answers each request by its id; ended with the component. */
export function useDrafter(): Drafter {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const [status, setStatus] = useState<DrafterStatus>({ state: 'idle' });

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const ask = useCallback((request: Ask) => {
    if (!worker.current) {
      let w: Worker;
      try {
        w = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
      } catch {
        // A policy that forbids workers can throw here: answered as a drafter that did not load.
        return Promise.resolve<DraftResponse>({ id: 0, kind: 'error', message: '' });
      }
      w.onmessage = (event: MessageEvent<DraftResponse>) => {
        const done = pending.current.get(event.data.id);
        pending.current.delete(event.data.id);
        done?.(event.data);
      };
      // Its code did not load (the worker answers its own exceptions): every request waiting is
      // answered, and the next one makes a new worker, which fetches the code again.
      w.onerror = (event) => {
        event.preventDefault();
        w.terminate();
        for (const done of pending.current.values())
          done({ id: 0, kind: 'error', message: event.message ?? '' });
        pending.current.clear();
        if (worker.current === w) worker.current = null;
      };
      worker.current = w;
    }
    const id = nextId.current++;
    return new Promise<DraftResponse>((resolve) => {
      pending.current.set(id, resolve);
      worker.current?.postMessage({ ...request, id } as DraftRequest);
    });
  }, []);

  const draft = useCallback(
    async (text: string, meta: DraftMeta) => {
      setStatus({ state: 'running', since: Date.now() });
      const response = await ask({ kind: 'draft', text, meta });
      if (response.kind === 'draft') {
        setStatus({ state: 'idle' });
        return { ...response.outcome, ms: response.ms };
      }
      setStatus({
        state: 'failed',
        message: response.kind === 'error' ? response.message : 'unexpected answer',
      });
      return null;
    },
    [ask],
  );

  const search = useCallback(
    async (query: string, date: string, limit = 8) => {
      const response = await ask({ kind: 'search', query, date, limit });
      return response.kind === 'search' ? response.candidates : [];
    },
    [ask],
  );

  return { status, draft, search };
}
