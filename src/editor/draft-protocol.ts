import type { DraftMeta, DraftOutcome } from '../model/draft/draft-article.ts';
import type { Candidate } from './gazetteer-entity.ts';

/** What the page asks the drafting worker. */
export type DraftRequest =
  | { id: number; kind: 'draft'; text: string; meta: DraftMeta }
  | { id: number; kind: 'search'; query: string; date: string; limit: number };

/** What the worker answers, by the request's id. */
export type DraftResponse =
  | { id: number; kind: 'draft'; outcome: DraftOutcome; ms: number }
  | { id: number; kind: 'search'; candidates: Candidate[] }
  | { id: number; kind: 'error'; message: string };
