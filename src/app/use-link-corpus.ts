import { useEffect, useMemo, useState } from 'react';
import { type LoadedCorpus, useLoadedCorpus } from '../data/use-loaded-corpus.ts';
import type { LocalFiles } from '../data/use-local-files.ts';
import type { Corpus } from '../model/corpus.ts';
import type { UrlNotice, UrlState } from '../model/url-state.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * The corpus a link asks for, leaving out the `article` ids that neither the bundled index nor a
 * loaded record holds once every source has answered, with a notice for each: `article=nosuch` alone
 * would otherwise load nothing and leave an empty page. The link itself is not rewritten, so the
 * notices of its other parameters stay. `state` is the link's state without those ids.
 */
export function useLinkCorpus(
  link: UrlState,
  local: LocalFiles,
  prepare?: (corpus: Corpus) => void,
): { loaded: LoadedCorpus; state: UrlState; notices: UrlNotice[] } {
  const [unknown, setUnknown] = useState(NONE);
  const { state, notices } = useMemo(() => {
    const dropped = link.article.filter((id) => unknown.has(id));
    if (dropped.length === 0) return { state: link, notices: [] };
    return {
      state: { ...link, article: link.article.filter((id) => !unknown.has(id)) },
      notices: dropped.map(
        (value): UrlNotice => ({
          param: 'article',
          value,
          reason: 'unknown-value',
          expected: 'known-article',
        }),
      ),
    };
  }, [link, unknown]);
  const loaded = useLoadedCorpus(state, local, prepare);
  const { status, pending, index, corpus } = loaded;
  const chosen = link.article.join(',');
  useEffect(() => {
    if (status === 'loading' || pending.length > 0 || chosen === '') return;
    const held = new Set([...index.map((entry) => entry.id), ...corpus.articles.map((a) => a.id)]);
    const missing = chosen.split(',').filter((id) => !held.has(id) && !unknown.has(id));
    if (missing.length > 0) setUnknown(new Set([...unknown, ...missing]));
  }, [status, pending.length, index, corpus, chosen, unknown]);
  return { loaded, state, notices };
}
