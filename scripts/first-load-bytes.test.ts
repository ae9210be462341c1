import { describe, expect, it } from 'vitest';
import { classify, kb, sumBeforePresent } from './first-load-bytes.mjs';

describe('classify', () => {
  it('trusts the browser’s resource type first', () => {
    expect(classify({ url: '/a.txt', resourceType: 'script' })).toBe('js');
    expect(classify({ url: '/a.js', resourceType: 'stylesheet' })).toBe('css');
    expect(classify({ url: '/a.js', resourceType: 'font' })).toBe('font');
  });

  it('then the content type, parameters and case aside', () => {
    expect(
      classify({ url: '/x', resourceType: 'other', contentType: 'text/javascript; charset=utf-8' }),
    ).toBe('js');
    expect(classify({ url: '/x', contentType: 'Application/JavaScript' })).toBe('js');
    expect(classify({ url: '/x', contentType: 'text/css' })).toBe('css');
    expect(classify({ url: '/x', contentType: 'font/woff2' })).toBe('font');
    expect(classify({ url: '/x.js', contentType: 'application/json' })).toBe('js');
  });

  it('then the file name, query and fragment aside', () => {
    expect(classify({ url: 'http://h/assets/a-1.js?v=2' })).toBe('js');
    expect(classify({ url: 'http://h/assets/a.mjs#x' })).toBe('js');
    expect(classify({ url: 'http://h/assets/a.CSS' })).toBe('css');
    expect(classify({ url: 'http://h/f.woff2' })).toBe('font');
    expect(classify({ url: 'http://h/f.ttf' })).toBe('font');
    expect(classify({ url: 'http://h/data/index.json', resourceType: 'fetch' })).toBe('other');
    expect(classify({ url: 'http://h/json.js.map' })).toBe('other');
  });
});

describe('sumBeforePresent', () => {
  const files = [
    { kind: 'js', gzipBytes: 1000, startedMs: 10 },
    { kind: 'css', gzipBytes: 250, startedMs: 11 },
    { kind: 'font', gzipBytes: 5000, startedMs: 400 },
    { kind: 'other', gzipBytes: 9999, startedMs: 12 },
    { kind: 'js', gzipBytes: 700, startedMs: 499.9 },
    // Started exactly at the mark or after it: not part of the first load.
    { kind: 'js', gzipBytes: 3000, startedMs: 500 },
    { kind: 'font', gzipBytes: 4000, startedMs: 501 },
  ];

  it('counts JS and CSS started before the mark, fonts apart, everything else out', () => {
    expect(sumBeforePresent(files, 500)).toEqual({ jsCssGzip: 1950, fontsGzip: 5000 });
  });

  it('counts nothing before a mark at 0', () => {
    expect(sumBeforePresent(files, 0)).toEqual({ jsCssGzip: 0, fontsGzip: 0 });
  });
});

describe('kb', () => {
  it('is thousands of bytes to one decimal', () => {
    expect(kb(143_949)).toBe(143.9);
    expect(kb(150_000)).toBe(150);
    expect(kb(99_950)).toBe(100);
    expect(kb(0)).toBe(0);
  });
});
