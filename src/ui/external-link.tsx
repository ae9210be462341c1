import type { ReactNode } from 'react';
import { linkableUrl } from './web-address.ts';

/** Props of ExternalLink. */
export interface ExternalLinkProps {
  /** The record's address; only an https: or http: URL becomes a link. */
  href: string | null | undefined;
  /** Said to screen readers after the text, e.g. "(opens in a new tab)". */
  newTab: string;
  children: ReactNode;
}

/**
 * A source's link: opened in a new tab, with no opener and no referrer for the other site. Anything
 * that is not an http(s) address is shown as the text alone.
 */
export function ExternalLink({ href, newTab, children }: ExternalLinkProps) {
  const url = linkableUrl(href);
  if (!url) return <>{children}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}
