import { bundledGazetteer } from '../data/bundled-gazetteer.ts';
import { draftArticle } from '../model/draft/draft-article.ts';
import { buildGazetteerIndex, type GazetteerIndex } from '../model/gazetteer.ts';
import type { DraftRequest, DraftResponse } from './draft-protocol.ts';
import { candidateOf } from './gazetteer-entity.ts';

// The drafter and the gazetteer live here, off the page's thread: a long article drafts while the
// page stays responsive, and neither weighs on the page's own bundle.
let index: GazetteerIndex | null = null;

function answer(request: DraftRequest): DraftResponse {
  const { gazetteer } = bundledGazetteer();
  if (request.kind === 'draft') {
    const started = performance.now();
    const outcome = draftArticle(request.text, request.meta, gazetteer);
    return { id: request.id, kind: 'draft', outcome, ms: performance.now() - started };
  }
  index ??= buildGazetteerIndex(gazetteer);
  const found = index.search(request.query, request.limit * 2);
  const candidates = found
    .flatMap((entry) => {
      const candidate = candidateOf(entry, index as GazetteerIndex, request.date);
      return candidate ? [candidate] : [];
    })
    .slice(0, request.limit);
  return { id: request.id, kind: 'search', candidates };
}

// The app's tsconfig types `self` as a Window; this is the part of the worker scope used here.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<DraftRequest>) => void;
  postMessage: (message: DraftResponse) => void;
};

scope.onmessage = (event) => {
  let response: DraftResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = { id: event.data.id, kind: 'error', message: (error as Error).message };
  }
  scope.postMessage(response);
};
