import { formatUrlState, type UrlState } from '../model/url-state.ts';

/**
 * The address that reopens `state` exactly: this page with every URL key the explorer reads written
 * out (defaults left out, as the explorer writes them), parameters it ignored dropped, and no
 * fragment (a skip link's #events would scroll the receiver's page).
 */
export function shareLink(state: UrlState, pageHref: string): string {
  const url = new URL(pageHref);
  url.search = formatUrlState(state);
  url.hash = '';
  return url.href;
}
