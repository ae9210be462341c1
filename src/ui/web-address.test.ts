import { describe, expect, it } from 'vitest';
import { linkableUrl } from './web-address.ts';

describe('linkableUrl', () => {
  it('links absolute https and http addresses, normalised by the URL parser', () => {
    expect(linkableUrl('https://tass.com/politics/824795')).toBe('https://tass.com/politics/824795');
    expect(linkableUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(linkableUrl('https://sana.sy/en/?p=59300#top')).toBe('https://sana.sy/en/?p=59300#top');
  });

  it('leaves every other scheme, and anything malformed or relative, as text', () => {
    for (const text of [
      'javascript:alert(1)',
      'JavaScript:alert(document.domain)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/a',
      'mailto:someone@example.org',
      '//evil.example/a',
      '/relative/path',
      'alwaght.net/ar/News/19478',
      'idUSKCN0SL2QQ20151027',
      ' https://example.org/leading-space',
      'https://',
      'https:///no-host',
      'http:\\\\example.org',
      '',
    ]) {
      expect(linkableUrl(text), text).toBeNull();
    }
    expect(linkableUrl(undefined)).toBeNull();
    expect(linkableUrl(null)).toBeNull();
  });
});
