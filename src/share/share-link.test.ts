import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from '../model/url-state.ts';
import { FULL_URL_STATE } from '../test/url-states.ts';
import { shareLink } from './share-link.ts';

const EVERYTHING = FULL_URL_STATE;

describe('shareLink', () => {
  it('writes every URL key, and reading the link back gives the same state without a notice', () => {
    const link = shareLink(EVERYTHING, 'https://rasd.example/app/?type=meeting#events');
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://rasd.example/app/');
    expect(url.hash).toBe('');
    expect(parseUrlState(url.search)).toEqual({ state: EVERYTHING, notices: [] });
    expect([...new Set(url.searchParams.keys())]).toEqual([
      'article',
      'person',
      'mode',
      'type',
      'country',
      'status',
      'certainty',
      'from',
      'to',
      'q',
      'window',
      'event',
      'view',
      'lanes',
      'lang',
      'src',
      'bundled',
    ]);
  });

  it('is the bare page for the default view, dropping what the explorer ignored', () => {
    expect(shareLink(DEFAULT_URL_STATE, 'http://127.0.0.1:4340/?colour=red&type=nope#x')).toBe(
      'http://127.0.0.1:4340/',
    );
  });

  it('keeps the commas of lists readable', () => {
    const state = { ...DEFAULT_URL_STATE, type: ['phone-call', 'meeting'] as UrlState['type'] };
    expect(shareLink(state, 'https://rasd.example/')).toBe('https://rasd.example/?type=phone-call,meeting');
  });
});
